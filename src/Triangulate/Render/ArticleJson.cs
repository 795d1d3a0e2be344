using System.Text.Json;
using Triangulate.Extract;
using Triangulate.Ingest;

namespace Triangulate.Render;

/// <summary>Writes articles and skipped inputs in the documented JSON shape (docs/brief-schema.md).</summary>
public static class ArticleJson
{
    /// <summary>Writes one article as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteFields(writer, article);
        writer.WriteEndObject();
    }

    /// <summary>Writes the article's fields into the open object.</summary>
    public static void WriteFields(Utf8JsonWriter writer, Article article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        writer.WriteString("id", article.Id);
        writer.WriteString("source", article.Source);
        writer.WriteString("format", article.MediaType == MediaType.Html ? "html" : "text");
        writer.WriteNullable("url", article.Url);
        writer.WriteNullable("title", article.Title);
        writer.WriteNullable("published", article.Published?.ToString());
        writer.WriteNullable("publisher", article.Publisher);
        writer.WriteNullable("byline", article.Byline);
        writer.WriteNullable("dateline", article.Dateline);
        writer.WriteNullable("encoding", article.Encoding);
        writer.WriteString("body", article.Body);
        writer.WriteStartArray("paragraphs");
        foreach (var span in article.Paragraphs)
        {
            writer.WriteStartObject();
            writer.WriteSpan(span.Start, span.End);
            writer.WriteString("text", span.Of(article.Body));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("removed");
        foreach (var removed in article.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("text", removed.Text);
            writer.WriteString("reason", ReasonName(removed.Reason));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStrings("sourceNotes", article.SourceNotes);
        writer.WriteStrings("machineDisclosures", article.MachineDisclosures);
        writer.WriteStrings("warnings", article.Warnings);
    }

    /// <summary>Writes the <c>extract --format json</c> document: <c>{articles[...], skipped[...]}</c>.</summary>
    public static void WriteDocument(Utf8JsonWriter writer, IEnumerable<Article> articles, IEnumerable<Skipped> skipped)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        foreach (var article in articles)
        {
            Write(writer, article);
        }

        writer.WriteEndArray();
        WriteSkipped(writer, skipped);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>skipped</c> array.</summary>
    public static void WriteSkipped(Utf8JsonWriter writer, IEnumerable<Skipped> skipped)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(skipped);
        writer.WriteStartArray("skipped");
        foreach (var skip in skipped)
        {
            Write(writer, skip);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one skipped input as <c>{source, reason}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, Skipped skipped)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(skipped);
        writer.WriteStartObject();
        writer.WriteString("source", skipped.Source);
        writer.WriteString("reason", skipped.Reason);
        writer.WriteEndObject();
    }

    /// <summary>The reason's name in output: kebab-case (<c>photo-credit</c>).</summary>
    public static string ReasonName(RemovalReason reason) => JsonNamingPolicy.KebabCaseLower.ConvertName(reason.ToString());
}
