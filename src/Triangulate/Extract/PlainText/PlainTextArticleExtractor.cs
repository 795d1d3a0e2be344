namespace Triangulate.Extract.PlainText;

/// <summary>Reads scraped plain text: headline, metadata lines, body, site furniture. (Placeholder: lines only.)</summary>
internal sealed class PlainTextArticleExtractor
{
    public ExtractedContent Extract(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var paragraphs = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return new ExtractedContent { Paragraphs = paragraphs };
    }
}
