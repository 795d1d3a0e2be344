using AngleSharp.Html.Parser;

namespace Triangulate.Extract.Html;

/// <summary>Finds the main article body and metadata in an HTML page. (Placeholder: paragraphs only.)</summary>
internal sealed class HtmlArticleExtractor
{
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsScripting = false });

    public ExtractedContent Extract(string html, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var document = _parser.ParseDocument(html);
        var paragraphs = document.QuerySelectorAll("p")
            .Select(p => p.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();
        return new ExtractedContent { Paragraphs = paragraphs, Title = document.Title };
    }
}
