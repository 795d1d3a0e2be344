using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Extract.Html;
using Triangulate.Extract.PlainText;
using Triangulate.Ingest;

namespace Triangulate.Extract;

/// <summary>
/// Decodes a raw document and hands it to the extractor for its format, then applies the rules every
/// article shares: the id, metadata supplied with the record, and the paragraph limit.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly HtmlArticleExtractor _html = new();
    private readonly PlainTextArticleExtractor _plainText = new();

    /// <inheritdoc />
    public ExtractResult Extract(RawDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        cancellationToken.ThrowIfCancellationRequested();
        var decoded = TextDecoder.Decode(document.Bytes.Span, document.Hints.Charset);
        var content = document.MediaType == MediaType.Html
            ? _html.Extract(decoded.Text, cancellationToken)
            : _plainText.Extract(decoded.Text, cancellationToken);

        var paragraphs = content.Paragraphs;
        var warnings = content.Warnings.ToBuilder();
        if (decoded.Warning is not null)
        {
            warnings.Insert(0, decoded.Warning);
        }

        if (paragraphs.Count > Limits.MaxParagraphs)
        {
            warnings.Add($"{paragraphs.Count - Limits.MaxParagraphs} paragraph(s) over the limit of {Limits.MaxParagraphs} dropped");
            paragraphs = [.. paragraphs.Take(Limits.MaxParagraphs)];
        }

        if (paragraphs.Count == 0)
        {
            return ExtractResult.Fail(document.MediaType == MediaType.Html
                ? "no article text found in the HTML"
                : "no article text found");
        }

        var (body, spans) = Article.Join(paragraphs);
        var hints = document.Hints;
        var published = ParseDate(hints.Published) ?? ParseDate(content.Published);
        return ExtractResult.Ok(new Article
        {
            Id = document.Id ?? StableId(document.Source, body),
            Source = document.Source,
            MediaType = document.MediaType,
            Url = Clean(hints.Url) ?? content.Url,
            Title = Clean(hints.Title) ?? content.Title,
            Published = published,
            Publisher = Clean(hints.Publisher) ?? content.Publisher,
            Byline = content.Byline,
            Dateline = content.Dateline,
            Body = body,
            Paragraphs = spans,
            Removed = content.Removed,
            SourceNotes = content.SourceNotes,
            MachineDisclosures = content.MachineDisclosures,
            Warnings = warnings.ToImmutable(),
            Encoding = decoded.EncodingName,
        });
    }

    /// <summary>A stable id: the first 16 hex digits of SHA-256 over source and body.</summary>
    internal static string StableId(string source, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(source + "\n" + body);
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
    }

    private static PublicationDate? ParseDate(string? text) =>
        PublicationDate.TryParse(text, out var date) ? date : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
