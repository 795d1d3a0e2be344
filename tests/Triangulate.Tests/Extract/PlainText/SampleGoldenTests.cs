using System.Text.Encodings.Web;
using System.Text.Json;
using Triangulate.Extract;
using Triangulate.Ingest;
using Triangulate.Render;
using Xunit.Abstractions;

namespace Triangulate.Tests.Extract.PlainText;

/// <summary>
/// Each samples/*.txt file against its expected extraction in Fixtures/samples/NAME.expected.json.
/// Set TRIANGULATE_UPDATE_GOLDEN=1 to rewrite the expected files from the current output, then review the git diff.
/// </summary>
public class SampleGoldenTests(ITestOutputHelper output)
{
    private const string UpdateVariable = "TRIANGULATE_UPDATE_GOLDEN";

    private const int OpeningLength = 60;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [Fact]
    public void Every_sample_text_extracts_as_its_golden_file_says()
    {
        var root = RepositoryRoot();
        var samples = Directory.GetFiles(Path.Combine(root, "samples"), "*.txt").Order(StringComparer.Ordinal).ToList();
        samples.ShouldNotBeEmpty();
        var goldenFolder = Path.Combine(root, "tests", "Triangulate.Tests", "Fixtures", "samples");
        var update = Environment.GetEnvironmentVariable(UpdateVariable) == "1";
        var failures = new List<string>();
        foreach (var sample in samples)
        {
            var name = Path.GetFileNameWithoutExtension(sample);
            var actual = Render(ExtractSample(sample));
            var golden = Path.Combine(goldenFolder, name + ".expected.json");
            if (update)
            {
                Directory.CreateDirectory(goldenFolder);
                File.WriteAllText(golden, actual);
                output.WriteLine($"rewrote {golden}");
                continue;
            }

            if (!File.Exists(golden))
            {
                failures.Add($"{name}: no expected file {golden} (run the tests with {UpdateVariable}=1 to write it)");
                continue;
            }

            var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
            if (expected != actual)
            {
                failures.Add($"{name}: extraction differs from {Path.GetFileName(golden)} (- expected, + actual)\n{LineDiff.Format(expected, actual)}");
            }
        }

        var names = samples.Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.Exists(goldenFolder)
            ? Directory.GetFiles(goldenFolder, "*.expected.json")
                .Select(f => Path.GetFileName(f)[..^".expected.json".Length])
                .Where(n => !names.Contains(n))
                .ToList()
            : [];
        failures.AddRange(orphans.Select(o => $"{o}.expected.json has no samples/{o}.txt"));

        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        failures.ShouldBeEmpty(string.Join("\n\n", failures));
    }

    private static Article ExtractSample(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var document = new RawDocument(
            "samples/" + Path.GetFileName(path),
            null,
            MediaType.PlainText,
            bytes,
            DateTimeOffset.UnixEpoch,
            DocumentHints.None);
        var result = new ArticleExtractor().Extract(document, CancellationToken.None);
        return result.Article ?? throw new InvalidOperationException($"{path}: {result.Error}");
    }

    private static string Render(Article article)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("title", article.Title);
            writer.WriteString("published", article.Published?.ToString());
            writer.WriteString("byline", article.Byline);
            writer.WriteString("dateline", article.Dateline);
            writer.WriteNumber("paragraphs", article.Paragraphs.Length);
            writer.WriteStartArray("openings");
            foreach (var span in article.Paragraphs)
            {
                var text = span.Of(article.Body).ToString();
                writer.WriteStringValue(text.Length <= OpeningLength ? text : text[..OpeningLength] + "…");
            }

            writer.WriteEndArray();
            writer.WriteStartArray("removed");
            foreach (var removed in article.Removed)
            {
                writer.WriteStartObject();
                writer.WriteString("reason", ArticleJson.ReasonName(removed.Reason));
                writer.WriteString("text", removed.Text);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("sourceNotes");
            foreach (var note in article.SourceNotes)
            {
                writer.WriteStringValue(note);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("machineDisclosures");
            foreach (var disclosure in article.MachineDisclosures)
            {
                writer.WriteStringValue(disclosure);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Triangulate.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root (Triangulate.slnx) above " + AppContext.BaseDirectory);
    }
}
