using System.Text.Json;
using System.Text.RegularExpressions;
using Triangulate.Cli;
using Triangulate.Extract;
using Triangulate.Pipeline;
using Triangulate.Render;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cli;

/// <summary>docs/brief-schema.md is the contract: the output must have exactly the fields it lists.</summary>
public partial class OutputSchemaTests
{
    private static readonly string Schema = File.ReadAllText(RepoFiles.PathOf("docs/brief-schema.md"));

    private static HashSet<string> DocumentedFields(string section)
    {
        var start = Schema.IndexOf("## " + section + "\n", StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"section '{section}' missing from brief-schema.md");
        var end = Schema.IndexOf("\n#", start + 3, StringComparison.Ordinal);
        var text = end < 0 ? Schema[start..] : Schema[start..end];
        return [.. FieldRow().Matches(text).Select(m => m.Groups[1].Value)];
    }

    private const string Story =
        "A storm closed the port on Tuesday after waves topped the harbour wall, and ferries stayed in dock all day. " +
        "Harbour officials said the wall would be inspected before any ship was allowed to leave.";

    private static JsonElement AnalyzeJson()
    {
        using var dir = new TempDir();
        dir.Write("quotes.txt", "More than 200 people were evacuated, according to the Harbour Authority. “We moved everyone before dark,” said Mayor Ana Ortiz.");
        dir.Write("a.txt", Story);
        dir.Write("a-copy.txt", Story);
        dir.Write("b.txt", "");
        var output = new StringWriter();
        new Commands(new CliConsole(output, new StringWriter(), false), () => TriangulateEngine.Create())
            .Run(["analyze", dir.Path, "--format", "json"], CancellationToken.None);
        return JsonDocument.Parse(output.ToString()).RootElement.Clone();
    }

    [Fact]
    public void Article_objects_have_exactly_the_documented_fields()
    {
        var article = AnalyzeJson().GetProperty("articles")[0];
        var documented = DocumentedFields("article").Union(DocumentedFields("annotations")).Append("story").ToHashSet();
        article.EnumerateObject().Select(p => p.Name).ToHashSet().ShouldBe(documented, ignoreOrder: true);
    }

    [Fact]
    public void Skipped_objects_have_exactly_the_documented_fields()
    {
        var skipped = AnalyzeJson().GetProperty("skipped")[0];
        skipped.EnumerateObject().Select(p => p.Name).ToHashSet().ShouldBe(DocumentedFields("skipped"), ignoreOrder: true);
    }

    [Fact]
    public void Analyze_document_has_exactly_the_documented_top_level_fields() =>
        AnalyzeJson().EnumerateObject().Select(p => p.Name).ShouldBe(["stories", "articles", "duplicates", "sources", "skipped"], ignoreOrder: true);

    [Fact]
    public void Every_brief_object_has_exactly_the_documented_fields()
    {
        var output = new StringWriter();
        new Commands(new CliConsole(output, new StringWriter(), false), () => TriangulateEngine.Create())
            .Run(["analyze", RepoFiles.PathOf("samples"), "--format", "json"], CancellationToken.None);
        var json = JsonDocument.Parse(output.ToString()).RootElement;
        var seen = new HashSet<string>();
        void Check(string section, JsonElement element, params string[] extra)
        {
            seen.Add(section);
            element.EnumerateObject().Select(p => p.Name).ToHashSet().ShouldBe([.. DocumentedFields(section), .. extra], ignoreOrder: true, customMessage: section);
        }

        foreach (var story in json.GetProperty("stories").EnumerateArray())
        {
            Check("story", story);
            foreach (var sentence in story.GetProperty("summary").EnumerateArray())
            {
                Check("summary sentence", sentence);
            }

            foreach (var fact in story.GetProperty("facts").EnumerateArray())
            {
                Check("fact", fact);
                fact.GetProperty("slot").EnumerateObject().Select(p => p.Name).ShouldBe(["kind", "event", "counted", "label"], ignoreOrder: true);
                foreach (var report in fact.GetProperty("reports").EnumerateArray())
                {
                    Check("report", report);
                }
            }

            foreach (var contradiction in story.GetProperty("contradictions").EnumerateArray())
            {
                Check("contradiction", contradiction);
            }

            foreach (var entry in story.GetProperty("timeline").EnumerateArray())
            {
                Check("timeline entry", entry);
            }

            foreach (var quote in story.GetProperty("quotes").EnumerateArray())
            {
                Check("story quote", quote);
                foreach (var report in quote.GetProperty("reports").EnumerateArray())
                {
                    report.EnumerateObject().Select(p => p.Name).ShouldBe(["article", "text", "speaker", "sentence", "sentenceIndex", "start", "end", "duplicateOf"], ignoreOrder: true);
                }
            }

            foreach (var assertion in story.GetProperty("assertions").EnumerateArray())
            {
                Check("assertion", assertion);
                foreach (var report in assertion.GetProperty("reports").EnumerateArray())
                {
                    report.EnumerateObject().Select(p => p.Name).ShouldBe(["article", "act", "object", "sentence", "sentenceIndex", "start", "end"], ignoreOrder: true);
                }
            }
        }

        foreach (var source in json.GetProperty("sources").EnumerateArray())
        {
            Check("source", source);
        }

        seen.ShouldBe(["story", "summary sentence", "fact", "report", "contradiction", "timeline entry", "story quote", "assertion", "source"], ignoreOrder: true);
    }

    [Fact]
    public void Stories_have_exactly_the_documented_fields_and_every_article_names_its_story()
    {
        var json = AnalyzeJson();
        var stories = json.GetProperty("stories").EnumerateArray().ToList();
        stories.ShouldNotBeEmpty();
        stories[0].EnumerateObject().Select(p => p.Name).ToHashSet().ShouldBe(DocumentedFields("story"), ignoreOrder: true);
        var storyIds = stories.Select(s => s.GetProperty("id").GetString()).ToHashSet();
        foreach (var article in json.GetProperty("articles").EnumerateArray())
        {
            storyIds.ShouldContain(article.GetProperty("story").GetString());
        }
    }

    [Fact]
    public void Duplicate_groups_have_exactly_the_documented_fields()
    {
        var group = AnalyzeJson().GetProperty("duplicates").EnumerateArray().ShouldHaveSingleItem();
        group.EnumerateObject().Select(p => p.Name).ToHashSet().ShouldBe(DocumentedFields("duplicate group"), ignoreOrder: true);
        var pair = group.GetProperty("pairs")[0];
        pair.EnumerateObject().Select(p => p.Name).ShouldBe(["first", "second", "similarity", "exact"], ignoreOrder: true);
        pair.GetProperty("exact").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public void Quantities_and_quotes_have_exactly_the_documented_fields()
    {
        var article = AnalyzeJson().GetProperty("articles").EnumerateArray().First(a => a.GetProperty("source").GetString()!.EndsWith("quotes.txt", StringComparison.Ordinal));
        var quantity = article.GetProperty("quantities").EnumerateArray().ShouldHaveSingleItem();
        quantity.EnumerateObject().Select(p => p.Name).ShouldBe(["start", "end", "text", .. DocumentedFields("quantity")], ignoreOrder: true);
        quantity.GetProperty("event").GetString().ShouldBe("evacuated");
        var quote = article.GetProperty("quotes").EnumerateArray().ShouldHaveSingleItem();
        quote.EnumerateObject().Select(p => p.Name).ShouldBe(["start", "end", "text", .. DocumentedFields("quote")], ignoreOrder: true);
        var attribution = article.GetProperty("attributions").EnumerateArray().ShouldHaveSingleItem();
        attribution.EnumerateObject().Select(p => p.Name).ShouldBe(["start", "end", "text", "source"], ignoreOrder: true);
    }

    [Fact]
    public void Every_removal_reason_is_documented()
    {
        foreach (var reason in Enum.GetValues<RemovalReason>())
        {
            Schema.ShouldContain($"`{ArticleJson.ReasonName(reason)}`");
        }
    }

    [GeneratedRegex(@"^\| `([a-zA-Z]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FieldRow();
}
