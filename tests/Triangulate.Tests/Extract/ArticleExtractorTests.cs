using System.Text;
using Triangulate.Extract;
using Triangulate.Ingest;

namespace Triangulate.Tests.Extract;

public class ArticleExtractorTests
{
    private static ExtractResult Extract(string text, MediaType type = MediaType.PlainText, string? id = null, DocumentHints? hints = null) =>
        new ArticleExtractor().Extract(
            new RawDocument("t.txt", id, type, Encoding.UTF8.GetBytes(text), DateTimeOffset.UnixEpoch, hints ?? DocumentHints.None),
            CancellationToken.None);

    private static string Paragraphs(int count) =>
        string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"Paragraph number {i} of a very long article about the river."));

    [Fact]
    public void Keeps_every_paragraph_at_the_paragraph_limit()
    {
        var article = Extract(Paragraphs(Limits.MaxParagraphs)).Article!;
        article.Paragraphs.Length.ShouldBe(Limits.MaxParagraphs);
        article.Warnings.ShouldNotContain(w => w.Contains("over the limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Drops_paragraphs_past_the_limit_with_a_warning()
    {
        var article = Extract(Paragraphs(Limits.MaxParagraphs + 3)).Article!;
        article.Paragraphs.Length.ShouldBe(Limits.MaxParagraphs);
        article.Warnings.ShouldContain(w => w.Contains("3 paragraph(s) over the limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraph_spans_point_into_the_body()
    {
        var article = Extract("First paragraph here.\n\nSecond paragraph here.").Article!;
        article.Paragraphs.Select(p => article.Body.Substring(p.Start, p.Length)).ShouldBe(["First paragraph here.", "Second paragraph here."]);
    }

    [Fact]
    public void A_record_id_and_metadata_from_the_input_are_kept()
    {
        var hints = new DocumentHints { Title = "Given title", Published = "2024-05-14", Publisher = "Gazette", Url = "https://example.org/x" };
        var article = Extract("Body text of the record.", id: "rec-7", hints: hints).Article!;
        article.Id.ShouldBe("rec-7");
        article.Title.ShouldBe("Given title");
        article.Published!.Value.ToString().ShouldBe("2024-05-14");
        article.Publisher.ShouldBe("Gazette");
        article.Url.ShouldBe("https://example.org/x");
    }

    [Fact]
    public void A_page_with_no_article_text_is_an_error_not_an_empty_article()
    {
        var result = Extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", MediaType.Html);
        result.Succeeded.ShouldBeFalse();
        result.Error.ShouldContain("no article text");
    }
}
