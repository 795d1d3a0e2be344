using System.Text.Json;
using Triangulate.Brief;
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
        var storyOf = result.Stories.SelectMany(s => s.Articles.Select(a => (Article: a, Story: s.Id))).ToDictionary(p => p.Article, p => p.Story, StringComparer.Ordinal);
        writer.WriteStartObject();
        writer.WriteStartArray("stories");
        foreach (var brief in result.Briefs)
        {
            Write(writer, brief);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("articles");
        foreach (var annotated in result.Articles)
        {
            writer.WriteStartObject();
            ArticleJson.WriteFields(writer, annotated.Article);
            writer.WriteString("story", storyOf[annotated.Article.Id]);
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
        BriefJson.WriteSources(writer, result.Briefs, result.Articles.ToDictionary(a => a.Article.Id, a => a.Article, StringComparer.Ordinal));
        ArticleJson.WriteSkipped(writer, result.Skipped);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, StoryBrief brief)
    {
        var story = brief.Story;
        writer.WriteStartObject();
        writer.WriteString("id", story.Id);
        writer.WriteString("title", story.Title);
        writer.WriteStartObject("period");
        writer.WriteNullable("start", story.First);
        writer.WriteNullable("end", story.Last);
        writer.WriteEndObject();
        writer.WriteStrings("articles", story.Articles);
        writer.WriteStartArray("duplicates");
        foreach (var group in story.Duplicates)
        {
            writer.WriteStrings(null, group);
        }

        writer.WriteEndArray();
        WriteEntities(writer, "entities", story.Entities);
        WriteEntities(writer, "places", story.Places);
        BriefJson.WriteFields(writer, brief);
        writer.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter writer, string name, IEnumerable<StoryEntity> entities)
    {
        writer.WriteStartArray(name);
        foreach (var entity in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entity.Name);
            writer.WriteString("type", entity.Type);
            writer.WriteNumber("articles", entity.Articles);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
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
