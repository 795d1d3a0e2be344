using Triangulate.Pipeline;
using Triangulate.Render;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Brief;

public class BriefRenderingTests
{
    private const string Hostile =
        "Officials said at least 12 people were killed on Tuesday when the dam <script>alert('x')</script> failed at Brenn. " +
        "The toll [click](javascript:alert(1)) may rise, said Mayor Ana Ortiz.\n\n" +
        "\"We are <b>searching</b> every street,\" said Mayor Ana Ortiz.";

    private static AnalysisResult Analyze(params (string Name, string Text)[] files)
    {
        using var dir = new TempDir();
        foreach (var (name, text) in files)
        {
            dir.Write(name, text);
        }

        var engine = TriangulateEngine.Create();
        return engine.Analyze(engine.Read([dir.Path]));
    }

    [Fact]
    public void The_html_page_escapes_article_text_and_loads_nothing()
    {
        var jsonl = "{\"id\":\"x\",\"url\":\"javascript:alert(1)\",\"title\":\"Dam <img src=x onerror=alert(1)> fails\",\"published\":\"2031-03-05\",\"text\":" + System.Text.Json.JsonSerializer.Serialize(Hostile) + "}\n";
        var writer = new StringWriter();

        BriefHtml.Write(writer, Analyze(("feed.jsonl", jsonl)));
        var page = writer.ToString();

        page.ShouldNotContain("<script");
        page.ShouldNotContain("<img");
        page.ShouldNotContain("<b>");
        page.ShouldNotContain("href=\"javascript");
        page.ShouldContain("&lt;script&gt;");
        page.ShouldContain("default-src 'none'");
        page.ShouldNotContain("src=\"http");
    }

    [Fact]
    public void An_undated_article_that_moves_the_event_to_another_weekday_is_told_as_misdated()
    {
        static string Line(string id, string? published, string text) =>
            "{\"id\":\"" + id + "\"," + (published is null ? "" : "\"published\":\"" + published + "\",") + "\"title\":\"Dam fails at Brenn\",\"text\":\"" + text + "\"}\n";
        var jsonl =
            Line("a", "2031-03-05", "At least 12 people were killed on Tuesday when the dam failed at Brenn, the Brenn water board said. Rescue crews searched flooded farms along the river.") +
            Line("b", "2031-03-05", "The Brenn dam collapsed on Tuesday, killing 12 people in the valley below the reservoir, according to regional officials. Hundreds of residents spent the night in schools.") +
            Line("c", null, "Twelve people died at Brenn when the dam gave way on Monday and water swept through the valley, officials said. Engineers had warned of cracks in the wall for years.");

        var result = Analyze(("feed.jsonl", jsonl));

        var brief = result.Briefs.ShouldHaveSingleItem();
        brief.Facts.EventDate.ShouldNotBeNull().Consensus.ShouldBe(new DateOnly(2031, 3, 4));
        brief.Contradictions.ShouldContain(c => c.Text.Contains("puts the event on a Monday (\"Monday\"), with no year or publication date to fix the day", StringComparison.Ordinal)
            && c.Text.Contains("date it Tuesday 4 March 2031", StringComparison.Ordinal));
    }

    [Fact]
    public void Web_addresses_become_links_that_send_no_referrer()
    {
        var jsonl = "{\"id\":\"x\",\"url\":\"https://news.example/dam\",\"title\":\"Dam fails\",\"published\":\"2031-03-05\",\"text\":\"At least 12 people were killed on Tuesday when the dam failed at Brenn, officials said.\"}\n";
        var writer = new StringWriter();

        BriefHtml.Write(writer, Analyze(("feed.jsonl", jsonl)));

        writer.ToString().ShouldContain("<a href=\"https://news.example/dam\" rel=\"noopener noreferrer nofollow\">Dam fails</a>");
    }

    [Fact]
    public void The_markdown_brief_escapes_markup_in_article_text()
    {
        var jsonl = "{\"id\":\"x\",\"title\":\"Dam [click](javascript:alert(1)) <script>x</script>\",\"published\":\"2031-03-05\",\"text\":" + System.Text.Json.JsonSerializer.Serialize(Hostile) + "}\n";
        var writer = new StringWriter();

        BriefMarkdown.Write(writer, Analyze(("feed.jsonl", jsonl)));
        var markdown = writer.ToString();

        markdown.ShouldNotContain("<script");
        markdown.ShouldNotContain("](javascript");
        markdown.ShouldContain("## Dam \\[click\\]\\(javascript\\:alert\\(1\\)\\) &lt;script&gt;x&lt;/script&gt;");
    }

    [Theory]
    [InlineData("a | b", "a \\| b")]
    [InlineData("*bold* _it_", "\\*bold\\* \\_it\\_")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("<i>&", "&lt;i&gt;&amp;")]
    [InlineData("see https://x.example or www.x.example", "see https\\://x.example or www\\.x.example")]
    public void Markdown_escaping_keeps_text_as_written(string text, string escaped) =>
        BriefMarkdown.Escape(text).ShouldBe(escaped);
}
