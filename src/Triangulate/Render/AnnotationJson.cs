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
        WriteNullable(writer, "title", article.Title);
        WriteNullable(writer, "published", article.Published?.ToString());
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
        writer.WriteStartArray("times");
        foreach (var t in annotated.Times)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", t.Start);
            writer.WriteNumber("end", t.End);
            writer.WriteString("text", t.Text);
            writer.WriteString("type", t.Type.ToString().ToUpperInvariant());
            writer.WriteString("value", t.Value);
            WriteNullable(writer, "reason", t.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quantities");
        foreach (var q in annotated.Quantities)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", q.Start);
            writer.WriteNumber("end", q.End);
            writer.WriteString("text", q.Text);
            writer.WriteString("kind", JsonNamingPolicy.KebabCaseLower.ConvertName(q.Kind.ToString()));
            WriteNumber(writer, "value", q.Value);
            WriteNumber(writer, "low", q.Low);
            WriteNumber(writer, "high", q.High);
            WriteNullable(writer, "hedge", q.Hedge == Hedge.None ? null : JsonNamingPolicy.KebabCaseLower.ConvertName(q.Hedge.ToString()));
            WriteNullable(writer, "unit", q.Unit);
            WriteNullable(writer, "counted", q.Counted);
            WriteNullable(writer, "event", q.Event);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quotes");
        foreach (var q in annotated.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", q.Start);
            writer.WriteNumber("end", q.End);
            writer.WriteString("text", q.Text);
            WriteNullable(writer, "speaker", q.Speaker);
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
            writer.WriteNumber("start", a.Start);
            writer.WriteNumber("end", a.End);
            writer.WriteString("text", a.Text);
            writer.WriteString("source", a.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
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
