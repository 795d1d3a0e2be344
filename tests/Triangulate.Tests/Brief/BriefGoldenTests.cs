using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Triangulate.Extract.PlainText;
using Triangulate.Pipeline;
using Triangulate.Render;
using Triangulate.Tests.Extract.PlainText;
using Triangulate.Tests.Support;
using Xunit.Abstractions;

namespace Triangulate.Tests.Brief;

/// <summary>
/// The full brief of samples/ against Fixtures/brief/samples.expected.md (the Markdown brief) and
/// samples.expected.json (the analyze document's stories and sources). Set TRIANGULATE_UPDATE_GOLDEN=1 to
/// rewrite them from the current output, then review the git diff.
/// </summary>
public class BriefGoldenTests(ITestOutputHelper output)
{
    private static readonly Lazy<AnalysisResult> Samples = new(() =>
    {
        // Article ids hash the source path, so the path is given relative to the test's folder: the same in every clone.
        var engine = TriangulateEngine.Create();
        return engine.Analyze(engine.Read([Path.GetRelativePath(Environment.CurrentDirectory, RepoFiles.PathOf("samples"))]));
    });

    [Fact]
    public void The_markdown_brief_of_the_samples_is_as_its_golden_file_says()
    {
        var writer = new StringWriter { NewLine = "\n" };
        BriefMarkdown.Write(writer, Samples.Value);
        Compare("samples.expected.md", writer.ToString());
    }

    [Fact]
    public void The_stories_and_sources_of_the_samples_are_as_their_golden_file_says()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            AnalysisJson.Write(writer, Samples.Value);
        }

        var document = JsonNode.Parse(buffer.ToArray())!.AsObject();
        document.Remove("articles");
        Compare("samples.expected.json", document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private void Compare(string name, string actual)
    {
        var path = Path.Combine(RepoFiles.PathOf("tests/Triangulate.Tests/Fixtures/brief"), name);
        if (Environment.GetEnvironmentVariable("TRIANGULATE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            output.WriteLine($"rewrote {path}");
            return;
        }

        File.Exists(path).ShouldBeTrue($"no expected file {path} (run the tests with TRIANGULATE_UPDATE_GOLDEN=1 to write it)");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            throw new ShouldAssertException($"{name} differs (- expected, + actual)\n{LineDiff.Format(expected, actual)}");
        }
    }
}
