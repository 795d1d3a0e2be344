using System.Text;
using Triangulate.Extract;
using Triangulate.Extract.Html;
using Triangulate.Ingest;

namespace Triangulate.Tests.Extract.Html;

public class HtmlArticleExtractorTests
{
    private const string Sentence =
        "The committee met on Tuesday evening, heard from residents, and voted to extend the library's opening hours.";

    private static readonly string Fixture = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", "harbour-bridge.html"));

    private static ExtractedContent Extract(string html) => new HtmlArticleExtractor().Extract(html, CancellationToken.None);

    private static string Body(ExtractedContent content) => string.Join("\n", content.Paragraphs);

    private static string Page(string head, string body) =>
        $"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>";

    private static string Paragraphs(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>Paragraph {i}. {Sentence}</p>"));

    [Fact]
    public void Keeps_article_paragraphs_and_drops_page_furniture()
    {
        var content = Extract(Fixture);

        content.Paragraphs.ShouldContain(p => p.StartsWith("The harbour bridge opened to traffic again", StringComparison.Ordinal));
        content.Paragraphs.ShouldContain(p => p.StartsWith("“We are relieved", StringComparison.Ordinal));
        content.Paragraphs.ShouldContain("Ferries will keep running");
        var body = Body(content);
        body.ShouldNotContain("cookies");
        body.ShouldNotContain("Weather");
        body.ShouldNotContain("newsletter");
        body.ShouldNotContain("Council approves budget");
        body.ShouldNotContain("My commute");
        body.ShouldNotContain("Storm warning");
        body.ShouldNotContain("All rights reserved");
        body.ShouldNotContain("Photo: Lena Hart");
    }

    [Fact]
    public void Drops_share_bar_and_keeps_article_paragraphs()
    {
        var content = Extract(Fixture);

        Body(content).ShouldNotContain("Share on Facebook");
        content.Paragraphs.Count(p => p.Length > 100).ShouldBe(5);
        content.Removed.ShouldContain(r => r.Reason == RemovalReason.Share && r.Text.Contains("Share on Twitter", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_removed_furniture_with_its_reason()
    {
        var reasons = Extract(Fixture).Removed.Select(r => r.Reason).ToHashSet();

        reasons.ShouldContain(RemovalReason.Consent);
        reasons.ShouldContain(RemovalReason.Navigation);
        reasons.ShouldContain(RemovalReason.Newsletter);
        reasons.ShouldContain(RemovalReason.RelatedLinks);
        reasons.ShouldContain(RemovalReason.Comments);
        reasons.ShouldContain(RemovalReason.Footer);
        reasons.ShouldContain(RemovalReason.PhotoCredit);
    }

    [Fact]
    public void Reads_metadata_from_meta_tags_and_markup()
    {
        var content = Extract(Fixture);

        content.Title.ShouldBe("Harbour bridge reopens after two-year repair");
        content.Publisher.ShouldBe("The Coastal Ledger");
        content.Byline.ShouldBe("Mira Okonkwo");
        content.Published.ShouldBe("2024-03-07T08:15:00+00:00");
        content.Url.ShouldBe("https://ledger.example/2024/03/07/harbour-bridge-reopens");
    }

    [Fact]
    public void Script_and_style_content_never_appear_in_the_body()
    {
        var html = Page("", "<script>var leaked = 'SECRET_SCRIPT_TEXT';</script>" + Paragraphs(3)
            + "<div><style>p { color: red }</style><noscript>Enable JavaScript to read SECRET_NOSCRIPT.</noscript></div>");

        var body = Body(Extract(html));

        body.ShouldNotContain("SECRET");
        body.ShouldNotContain("color: red");
        Body(Extract(Fixture)).ShouldNotContain("SECRET_SCRIPT_TEXT");
    }

    [Fact]
    public void Decodes_entities_in_the_body_and_title()
    {
        var html = Page("<title>Salt &amp; pepper shortage</title>",
            "<article><p>Shops ran out of salt &amp; pepper on Friday &mdash; the third time this year &lt;sic&gt;, said the owners&#39; association &#x2014; and prices rose by 12&nbsp;percent.</p>"
            + Paragraphs(2) + "</article>");

        var content = Extract(html);

        content.Title.ShouldBe("Salt & pepper shortage");
        content.Paragraphs[0].ShouldBe("Shops ran out of salt & pepper on Friday — the third time this year <sic>, said the owners' association — and prices rose by 12 percent.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html></html>")]
    [InlineData("<html><head><title>Nothing here</title></head><body></body></html>")]
    [InlineData("<html><body><nav><a href='/'>Home</a></nav><script>var x = 1;</script></body></html>")]
    public void Finds_no_paragraphs_on_an_empty_page(string html) => Extract(html).Paragraphs.ShouldBeEmpty();

    [Fact]
    public void Title_prefers_json_ld_headline_over_og_title_and_title()
    {
        var html = Page("""
            <title>Page title - Example News</title>
            <meta property="og:title" content="Open Graph title">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Headline from JSON-LD"}</script>
            """, Paragraphs(3));

        Extract(html).Title.ShouldBe("Headline from JSON-LD");
    }

    [Fact]
    public void Title_falls_back_to_og_title()
    {
        var html = Page("<title>Page title - Example News</title><meta property=\"og:title\" content=\"Open Graph title\">", Paragraphs(3));

        Extract(html).Title.ShouldBe("Open Graph title");
    }

    [Theory]
    [InlineData("Markets slide as bond yields climb to a new high - WSJ", "Markets slide as bond yields climb to a new high")]
    [InlineData("Markets slide as bond yields climb to a new high | Example Daily", "Markets slide as bond yields climb to a new high")]
    [InlineData("Example Daily | Markets slide as bond yields climb to a new high", "Markets slide as bond yields climb to a new high")]
    [InlineData("Markets slide – bond yields climb to a new high – Example Daily", "Markets slide – bond yields climb to a new high")]
    [InlineData("Short title", "Short title")]
    public void Title_from_the_title_element_loses_the_site_name(string title, string expected)
    {
        var html = Page($"<title>{title}</title><meta property=\"og:site_name\" content=\"Example Daily\">", Paragraphs(3));

        Extract(html).Title.ShouldBe(expected);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2023-11-03T10:00:00Z"}</script>""", "", "2023-11-03T10:00:00Z")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2023-11-04"}]}</script>""", "", "2023-11-04")]
    [InlineData("""<meta property="article:published_time" content="2023-11-05T08:00:00+02:00">""", "", "2023-11-05T08:00:00+02:00")]
    [InlineData("""<meta name="pubdate" content="2023-11-06">""", "", "2023-11-06")]
    [InlineData("", """<time datetime="2023-11-07T12:30:00Z">7 November</time>""", "2023-11-07T12:30:00Z")]
    [InlineData("""<link rel="canonical" href="https://news.example/2023/11/08/some-story">""", "", "2023-11-08")]
    public void Published_date_comes_from_json_ld_meta_time_or_url(string head, string body, string expected)
    {
        Extract(Page(head, body + Paragraphs(3))).Published.ShouldBe(expected);
    }

    [Fact]
    public void Published_date_is_null_when_the_page_gives_none() => Extract(Page("", Paragraphs(3))).Published.ShouldBeNull();

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Ben Cole"}]}</script>""", "", "Ana Ruiz, Ben Cole")]
    [InlineData("""<script type="application/ld+json">{"@type":"BlogPosting","author":"Ana Ruiz"}</script>""", "", "Ana Ruiz")]
    [InlineData("""<meta name="author" content="Ana Ruiz">""", "", "Ana Ruiz")]
    [InlineData("", """<p class="byline">By Ana Ruiz</p>""", "Ana Ruiz")]
    [InlineData("", """<span>By <a rel="author" href="/ana">Ana Ruiz</a></span>""", "Ana Ruiz")]
    public void Byline_comes_from_json_ld_meta_or_byline_markup(string head, string body, string expected)
    {
        Extract(Page(head, body + Paragraphs(3))).Byline.ShouldBe(expected);
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","author":"By ANA RUIZ, Associated Press"}</script>""", "", "ANA RUIZ, Associated Press")]
    [InlineData("", """<div class="byline">Ana Ruiz @anaruiz Nov 18, 2019 at 9:41 am</div>""", "Ana Ruiz")]
    [InlineData("", """<div class="byline">Ana Ruiz and Ben Cole, Daily Example Published</div>""", "Ana Ruiz and Ben Cole, Daily Example")]
    [InlineData("", """<div class="byline">Staff <span>12 comments</span> <a rel="author" href="/ana">Ana Ruiz</a></div>""", "Ana Ruiz")]
    public void Byline_loses_the_by_dates_handles_and_stamps_around_the_names(string head, string body, string expected)
    {
        Extract(Page(head, body + Paragraphs(3))).Byline.ShouldBe(expected);
    }

    [Fact]
    public void Decodes_entities_a_page_encoded_twice_in_its_metadata()
    {
        var html = Page("""<meta property="og:title" content="&amp;#8216;Quoted&amp;#8217; headline costs &amp;#163;5"><meta property="og:site_name" content="Example | News | Sport">""", Paragraphs(3));

        var content = Extract(html);

        content.Title.ShouldBe("‘Quoted’ headline costs £5");
        content.Publisher.ShouldBe("Example");
    }

    [Theory]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Daily Example"}}</script><meta property="og:site_name" content="Other">""", "Daily Example")]
    [InlineData("""<meta property="og:site_name" content="Daily Example">""", "Daily Example")]
    public void Publisher_comes_from_json_ld_or_og_site_name(string head, string expected)
    {
        Extract(Page(head, Paragraphs(3))).Publisher.ShouldBe(expected);
    }

    [Theory]
    [InlineData("""<link rel="canonical" href="https://a.example/story"><meta property="og:url" content="https://b.example/story">""", "https://a.example/story")]
    [InlineData("""<meta property="og:url" content="https://b.example/story">""", "https://b.example/story")]
    public void Url_comes_from_canonical_link_or_og_url(string head, string expected)
    {
        Extract(Page(head, Paragraphs(3))).Url.ShouldBe(expected);
    }

    [Fact]
    public void Drops_microdata_values_bylines_and_promo_lines_inside_the_article()
    {
        var html = Page("<meta name=\"author\" content=\"Ana Ruiz\">", "<article><p>By Ana Ruiz, Staff Writer</p>" + Paragraphs(3)
            + "<div itemprop=\"publisher\"><span itemprop=\"logo\"><span itemprop=\"url\">https://news.example/logo.png</span></span></div>"
            + "<p>Updated at 1:23 p.m.</p><p>Sharing is caring!</p><p>Sign up for our newsletters to get the news every morning.</p></article>");

        var content = Extract(html);

        content.Paragraphs.Count.ShouldBe(3);
        content.Removed.ShouldContain(r => r.Reason == RemovalReason.Byline);
        content.Removed.ShouldContain(r => r.Reason == RemovalReason.Newsletter);
    }

    [Fact]
    public void Keeps_the_space_between_inline_elements()
    {
        var html = Page("", "<article><p><b>Bold</b> <i>italic</i> <a href=\"/x\">linked</a>\n<span>words</span> stay apart, as the council said on Monday in a statement to the press.</p>"
            + Paragraphs(2) + "</article>");

        Extract(html).Paragraphs[0].ShouldStartWith("Bold italic linked words stay apart");
    }

    [Fact]
    public void One_extractor_gives_the_same_result_on_many_threads()
    {
        var extractor = new HtmlArticleExtractor();
        var expected = extractor.Extract(Fixture, CancellationToken.None).Paragraphs;
        var results = new IReadOnlyList<string>[64];

        Parallel.For(0, results.Length, i => results[i] = extractor.Extract(Fixture, CancellationToken.None).Paragraphs);

        results.ShouldAllBe(r => r.SequenceEqual(expected));
    }

    [Fact]
    public void Keeps_a_sentence_with_a_long_link_and_drops_a_read_more_line()
    {
        var html = Page("", "<article>" + Paragraphs(2)
            + "<p>The county inquiry had been closed in 2021 but was <a href=\"/a\">reopened this spring after new records about the contract were found</a>.</p>"
            + "<p>Read more: <a href=\"/b\">County approves new contract for the water treatment plant upgrade</a></p></article>");

        var body = Body(Extract(html));

        body.ShouldContain("The county inquiry had been closed");
        body.ShouldNotContain("County approves new contract");
    }

    [Fact]
    public void Handles_a_page_of_thousands_of_look_alike_blocks()
    {
        var block = $"<div class=\"entry\"><p>{Sentence} {Sentence}</p><p>{Sentence} {Sentence}</p><p>{Sentence}</p></div>";
        var html = Page("", "<main>" + string.Concat(Enumerable.Repeat(block, 5_000)) + "</main>");

        var content = Extract(html);

        content.Paragraphs.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Survives_hostile_metadata()
    {
        var title = string.Concat(Enumerable.Repeat("Word | ", 50_000)) + "Site";
        var html = Page($"""
            <title>{title}</title>
            <meta name="pubdate" content="99999999999999999">
            <script type="application/ld+json">{string.Concat(Enumerable.Repeat("[", 10_000))}</script>
            """, $"<div class=\"{new string('x', 100_000)}\">" + Paragraphs(3) + "</div>");

        var content = Extract(html);

        content.Paragraphs.Count.ShouldBe(3);
        content.Title.ShouldNotBeNull();
        content.Published.ShouldBeNull();
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var html = Page("""<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script><title>Plain title</title>""", Paragraphs(3));

        var content = Extract(html);

        content.Title.ShouldBe("Plain title");
        content.Paragraphs.Count.ShouldBe(3);
    }

    [Fact]
    public void Keeps_paragraphs_of_malformed_html()
    {
        var html = "<html><body><div class='story'><p>First paragraph: " + Sentence + "<p>Second paragraph, never closed: " + Sentence
            + "</span></em><p><b><i>Third paragraph, tags crossed: " + Sentence + "</b></i><p attr=\"unterminated>Fourth.</p>"
            + "<table><tr><td><p>Fifth, inside a table: " + Sentence + "</td></table><p>Sixth <!-- comment never closed";

        var content = Extract(html);

        var body = Body(content);
        body.ShouldContain("First paragraph");
        body.ShouldContain("Second paragraph, never closed");
        body.ShouldContain("Third paragraph, tags crossed");
    }

    [Fact]
    public void Extracts_text_nested_exactly_at_the_depth_limit()
    {
        // html and body are two levels; the innermost paragraph sits at the limit.
        var depth = Limits.MaxHtmlNestingDepth - 3;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + Paragraphs(3)
            + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var content = Extract(html);

        content.Paragraphs.Count.ShouldBe(3);
        content.Paragraphs[0].ShouldStartWith("Paragraph 1.");
    }

    [Theory]
    [InlineData(Limits.MaxHtmlNestingDepth + 1)]
    [InlineData(Limits.MaxHtmlNestingDepth * 4)]
    [InlineData(5_000)]
    [InlineData(100_000)]
    public void Flattens_text_nested_deeper_than_the_limit_without_overflowing(int depth)
    {
        var html = new StringBuilder("<html><body><p>Opening paragraph before the deep part. ").Append(Sentence).Append("</p>");
        for (var i = 0; i < depth; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<section>");
        }

        html.Append("Deep text at the bottom of the nesting. ").Append(Sentence);

        var content = Extract(html.ToString());

        Body(content).ShouldContain("Deep text at the bottom of the nesting.");
    }

    [Fact]
    public void Keeps_the_article_inside_a_wrapper_whose_class_looks_like_furniture()
    {
        var html = Page("", "<div class='content-sidebar-wrap'><div class='entry-content'>" + Paragraphs(4) + "</div></div>"
            + "<div class='sidebar'><p>About me: I write about hiking and gardening every week.</p></div>");

        var content = Extract(html);

        content.Paragraphs.Count.ShouldBe(4);
    }

    [Fact]
    public void Uses_json_ld_article_body_when_the_markup_holds_no_text()
    {
        var html = Page(
            """<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"First line of the declared body, long enough to count as an article on its own merits, which a page rendered by scripts often leaves in its metadata only.\nSecond line of the declared body, which continues the story with more facts, figures and quotes from the people involved in it."}</script>""",
            "<div id='app'></div>");

        var content = Extract(html);

        content.Paragraphs.Count.ShouldBe(2);
        content.Warnings.ShouldNotBeEmpty();
    }

    [Fact]
    public void Article_extractor_turns_an_html_document_into_an_article()
    {
        var document = new RawDocument("page.html", null, MediaType.Html, Encoding.UTF8.GetBytes(Fixture), DateTimeOffset.UnixEpoch, DocumentHints.None);

        var result = new ArticleExtractor().Extract(document, CancellationToken.None);

        result.Succeeded.ShouldBeTrue();
        result.Article.Title.ShouldBe("Harbour bridge reopens after two-year repair");
        result.Article.Published.ShouldNotBeNull();
        result.Article.Published.Value.Date.ShouldBe(new DateOnly(2024, 3, 7));
        result.Article.Body.ShouldStartWith("The harbour bridge opened to traffic again");
    }
}
