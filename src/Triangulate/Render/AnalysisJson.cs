using System.Text.Json;
using Triangulate.Pipeline;
using Triangulate.Stories;

namespace Triangulate.Render;

/// <summary>Writes the <c>analyze</c> document in the shape documented in docs/brief-schema.md.</summary>
public static class AnalysisJson
{
    public static void Write(Utf8JsonWriter writer, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        foreach (var annotated in result.Articles)
        {
            writer.WriteStartObject();
            ArticleJson.WriteFields(writer, annotated.Article);
            AnnotationJson.WriteLayers(writer, annotated);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("duplicates");
        foreach (var group in result.Duplicates)
        {
            Write(writer, group);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("skipped");
        foreach (var skip in result.Skipped)
        {
            ArticleJson.Write(writer, skip);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, DuplicateGroup group)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("articles");
        foreach (var id in group.Articles)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("pairs");
        foreach (var pair in group.Pairs)
        {
            writer.WriteStartObject();
            writer.WriteString("first", pair.First);
            writer.WriteString("second", pair.Second);
            writer.WriteNumber("similarity", Math.Round(pair.Similarity, 3));
            writer.WriteBoolean("exact", pair.Exact);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
