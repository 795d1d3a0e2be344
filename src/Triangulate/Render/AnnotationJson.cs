using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Annotate.Quantities;

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
        writer.WriteNullable("title", article.Title);
        writer.WriteNullable("published", article.Published?.ToString());
        writer.WriteString("body", article.Body);
        WriteLayers(writer, annotated, includeTokens);
        writer.WriteEndObject();
    }

    /// <summary>Writes the annotation arrays (sentences, entities, quantities, quotes, attributions) into the open object.</summary>
    public static void WriteLayers(Utf8JsonWriter writer, Annotated annotated, bool includeTokens = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(annotated);
        writer.WriteStartArray("sentences");
        foreach (var span in annotated.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteSpan(span.Start, span.End);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (includeTokens)
        {
            writer.WriteStartArray("tokens");
            foreach (var span in annotated.Tokens)
            {
                writer.WriteStartObject();
                writer.WriteSpan(span.Start, span.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteStartArray("entities");
        foreach (var entity in annotated.Entities)
        {
            writer.WriteStartObject();
            writer.WriteSpan(entity.Start, entity.End);
            writer.WriteString("text", entity.Text);
            writer.WriteString("type", entity.Type.Label());
            writer.WriteString("canonical", entity.Canonical);
            writer.WriteNullable("role", entity.Role);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("times");
        foreach (var t in annotated.Times)
        {
            writer.WriteStartObject();
            writer.WriteSpan(t.Start, t.End);
            writer.WriteString("text", t.Text);
            writer.WriteString("type", t.Type.ToString().ToUpperInvariant());
            writer.WriteString("value", t.Value);
            writer.WriteNullable("reason", t.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quantities");
        foreach (var q in annotated.Quantities)
        {
            writer.WriteStartObject();
            writer.WriteSpan(q.Start, q.End);
            writer.WriteString("text", q.Text);
            writer.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(q.Kind.ToString()));
            writer.WriteNullable("value", q.Value);
            writer.WriteNullable("low", q.Low);
            writer.WriteNullable("high", q.High);
            writer.WriteNullable("hedge", q.Hedge == Hedge.None ? null : JsonNamingPolicy.KebabCaseLower.ConvertName(q.Hedge.ToString()));
            writer.WriteNullable("unit", q.Unit);
            writer.WriteNullable("counted", q.Counted);
            writer.WriteNullable("event", q.Event);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quotes");
        foreach (var q in annotated.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteSpan(q.Start, q.End);
            writer.WriteString("text", q.Text);
            writer.WriteNullable("speaker", q.Speaker);
            if (q.SpeakerStart >= 0)
            {
                writer.WriteStartObject("speakerSpan");
                writer.WriteNumber("start", q.SpeakerStart);
                writer.WriteNumber("end", q.SpeakerStart + q.SpeakerLength);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speakerSpan");
            }

            writer.WriteString("normalized", q.Normalized);
            writer.WriteBoolean("partial", q.Partial);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("attributions");
        foreach (var a in annotated.Attributions)
        {
            writer.WriteStartObject();
            writer.WriteSpan(a.Start, a.End);
            writer.WriteString("text", a.Text);
            writer.WriteString("source", a.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
