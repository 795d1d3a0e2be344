using System.Text.Json;
using Triangulate.Render;
using static Triangulate.Tests.Annotate.AnnotateHelper;

namespace Triangulate.Tests.Annotate;

public class AnnotationJsonTests
{
    private static JsonElement Write(bool includeTokens)
    {
        var annotated = AnnotateText("Prime Minister Benjamin Netanyahu met Antony Blinken in Tel Aviv.", "Netanyahu spoke first.");
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            AnnotationJson.Write(writer, annotated, includeTokens);
        }

        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    [Fact]
    public void Writes_sentences_and_entities_with_offsets_into_the_body()
    {
        var json = Write(includeTokens: false);
        json.GetProperty("id").GetString().ShouldBe("test");
        json.GetProperty("title").GetString().ShouldBe("A test");
        json.GetProperty("published").ValueKind.ShouldBe(JsonValueKind.Null);
        var body = json.GetProperty("body").GetString()!;
        json.GetProperty("sentences").GetArrayLength().ShouldBe(2);
        var entities = json.GetProperty("entities").EnumerateArray().ToList();
        entities.ShouldNotBeEmpty();
        foreach (var entity in entities)
        {
            body[entity.GetProperty("start").GetInt32()..entity.GetProperty("end").GetInt32()].ShouldBe(entity.GetProperty("text").GetString());
        }

        var netanyahu = entities.First(e => e.GetProperty("text").GetString() == "Netanyahu");
        netanyahu.GetProperty("type").GetString().ShouldBe("PER");
        netanyahu.GetProperty("canonical").GetString().ShouldBe("Benjamin Netanyahu");
        netanyahu.GetProperty("role").GetString().ShouldBe("Prime Minister");
        json.TryGetProperty("tokens", out _).ShouldBeFalse();
    }

    [Fact]
    public void Writes_tokens_only_when_asked()
    {
        Write(includeTokens: true).GetProperty("tokens").GetArrayLength().ShouldBe(15);
    }
}
