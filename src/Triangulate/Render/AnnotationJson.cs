using System.Text.Json;
using Triangulate.Annotate;

namespace Triangulate.Render;

/// <summary>Writes annotated articles as JSON: the article's identity and body, its sentences and its entities.</summary>
public static class AnnotationJson
{
    /// <summary>
    /// Writes <c>{id, source, title, published, body, sentences[{start,end}], entities[{start,end,text,type,canonical,role}]}</c>,
    /// with <c>tokens[{start,end}]</c> after the sentences when <paramref name="includeTokens"/> is set.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Annotated annotated, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(annotated);
        var article = annotated.Article;
        writer.WriteStartObject();
        writer.WriteString("id", article.Id);
        writer.WriteString("source", article.Source);
        WriteNullable(writer, "title", article.Title);
        WriteNullable(writer, "published", article.Published?.ToString());
        writer.WriteString("body", article.Body);
        writer.WriteStartArray("sentences");
        foreach (var span in annotated.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (includeTokens)
        {
            writer.WriteStartArray("tokens");
            foreach (var span in annotated.Tokens)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", span.Start);
                writer.WriteNumber("end", span.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("entities");
        foreach (var entity in annotated.Entities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", entity.Start);
            writer.WriteNumber("end", entity.End);
            writer.WriteString("text", entity.Text);
            writer.WriteString("type", entity.Type.Label());
            writer.WriteString("canonical", entity.Canonical);
            WriteNullable(writer, "role", entity.Role);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
