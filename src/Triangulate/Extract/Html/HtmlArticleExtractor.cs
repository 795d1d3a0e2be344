using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Html.Parser;

namespace Triangulate.Extract.Html;

/// <summary>
/// Finds the main article body and metadata in an HTML page. Nothing on the page is run or fetched:
/// scripts are parsed as inert text and only JSON-LD is read from them.
/// </summary>
internal sealed class HtmlArticleExtractor
{
    /// <summary>Removed text shorter than this is not worth reporting.</summary>
    private const int MinRemovedLength = 20;

    private const int MaxRemovedEntries = 200;

    private const int MaxRemovedChars = 1_000;

    /// <summary>Blocks longer than this are article text whatever phrases they contain.</summary>
    private const int MaxPhraseBlockLength = 300;

    /// <summary>A block that is mostly link is kept when it has at least this much plain text around the link.</summary>
    private const int MinPlainChars = 40;

    private const int MaxBylineLength = 150;

    /// <summary>A body shorter than this is treated as a miss, and the JSON-LD body is used if it has more.</summary>
    private const int MinBodyLength = 250;

    /// <summary>The only attributes extraction reads; the parser skips the rest, which saves most of its allocations.</summary>
    private static readonly FrozenSet<string> UsedAttributes = FrozenSet.ToFrozenSet(
    [
        "class", "id", "itemprop", "role", "rel", "href", "content", "property", "name", "datetime", "pubdate",
        "hidden", "style", "type",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UsedAttributeLookup =
        UsedAttributes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        SkipComments = true,
        DisableElementPositionTracking = true,
        MaximumDepth = Limits.MaxHtmlNestingDepth,
        ShouldEmitAttribute = (ref AngleSharp.Html.Parser.Tokens.Struct.StructHtmlToken _, ReadOnlyMemory<char> name) =>
            UsedAttributeLookup.Contains(name.Span),
    };

    // The engine extracts in parallel through one extractor; a parser and its browsing context are not
    // documented as safe to share between threads, so each thread gets its own.
    [ThreadStatic]
    private static HtmlParser? _threadParser;

    private readonly HtmlPatterns _patterns = HtmlPatterns.Instance;

    /// <summary>The article paragraphs, metadata and removed furniture of one HTML page.</summary>
    public ExtractedContent Extract(string html, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        cancellationToken.ThrowIfCancellationRequested();
        _threadParser ??= new HtmlParser(ParserOptions);
        using var document = _threadParser.ParseDocument(HtmlDepthGuard.Flatten(html));
        var (paragraphs, removed, metadata) = ExtractOnce(document, classRules: true, cancellationToken);
        if (paragraphs.Sum(p => p.Length) < MinBodyLength)
        {
            // Class rules sometimes catch the article's own wrapper ("content-sidebar-wrap"); try once without them.
            var retry = ExtractOnce(document, classRules: false, cancellationToken);
            if (retry.Paragraphs.Sum(p => p.Length) > paragraphs.Sum(p => p.Length) * 2)
            {
                (paragraphs, removed, metadata) = retry;
            }
        }

        var warnings = ImmutableArray<string>.Empty;
        if (paragraphs.Sum(p => p.Length) < MinBodyLength
            && HtmlText.Collapse(metadata.ArticleBody) is { Length: > MinBodyLength } declared
            && declared.Length > paragraphs.Sum(p => p.Length))
        {
            paragraphs = [.. metadata.ArticleBody!.Split('\n').Select(HtmlText.Collapse).Where(p => p.Length > 0)];
            warnings = ["article text taken from the page's JSON-LD articleBody"];
        }

        return new ExtractedContent
        {
            Paragraphs = paragraphs,
            Title = metadata.Title,
            Published = metadata.Published,
            Publisher = metadata.Publisher,
            Byline = metadata.Byline,
            Url = metadata.Url,
            Removed = [.. removed],
            Warnings = warnings,
        };
    }

    private (List<string> Paragraphs, List<RemovedText> Removed, HtmlMetadata Metadata) ExtractOnce(
        AngleSharp.Dom.IDocument document, bool classRules, CancellationToken cancellationToken)
    {
        var tree = HtmlTree.Build(document, _patterns, classRules, cancellationToken);
        var metadata = HtmlMetadata.Read(tree);
        ContentScorer.Prepare(tree);
        var roots = ContentScorer.Select(tree);
        cancellationToken.ThrowIfCancellationRequested();

        var removed = new List<RemovedText>();
        CollectRemoved(tree, removed);
        var paragraphs = new List<string>();
        var sawTitle = false;
        foreach (var block in BlockWriter.Write(roots))
        {
            var reason = Judge(block, metadata, ref sawTitle);
            if (reason is null)
            {
                paragraphs.Add(block.Text);
            }
            else
            {
                AddRemoved(removed, block.Text, reason.Value);
            }
        }

        return (paragraphs, removed, metadata);
    }

    /// <summary>Why a block of the chosen container is not article text, or null to keep it.</summary>
    private RemovalReason? Judge(TextBlock block, HtmlMetadata metadata, ref bool sawTitle)
    {
        if (metadata.Title is { } title && string.Equals(block.Text, title, StringComparison.OrdinalIgnoreCase))
        {
            var first = !sawTitle;
            sawTitle = true;
            return first ? RemovalReason.Headline : RemovalReason.RepeatedHeadline;
        }

        if (block.Tag == "h1")
        {
            return RemovalReason.Headline;
        }

        if (block.Text.Length <= MaxPhraseBlockLength && _patterns.MatchPhrase(block.Text) is { } phrase)
        {
            return phrase;
        }

        // A list of links, or a "Read more:" line, is mostly link; a sentence with a long link in it still has
        // a sentence's worth of plain words around the link.
        if (block.LinkDensity > 0.8 || (block.LinkDensity > 0.5 && block.Chars - block.LinkChars < MinPlainChars))
        {
            return block.Tag == "li" ? RemovalReason.RelatedLinks : RemovalReason.Navigation;
        }

        if (IsByline(block.Text, metadata.Byline))
        {
            return RemovalReason.Byline;
        }

        return null;
    }

    /// <summary>A short block that names the author: the byline itself, or "By …" without a sentence after it.</summary>
    private static bool IsByline(string text, string? byline)
    {
        if (text.Length > MaxBylineLength)
        {
            return false;
        }

        if (byline is not null && (string.Equals(text, byline, StringComparison.OrdinalIgnoreCase)
            || (text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && text.Contains(byline, StringComparison.OrdinalIgnoreCase))))
        {
            return true;
        }

        return text.StartsWith("by ", StringComparison.OrdinalIgnoreCase) && text.Length < 60
            && !text.Contains(". ", StringComparison.Ordinal) && !text.EndsWith('.');
    }

    /// <summary>Reports the outermost elements a rule removed, with their text.</summary>
    private static void CollectRemoved(HtmlTree tree, List<RemovedText> removed)
    {
        foreach (var node in tree.Nodes)
        {
            if (removed.Count >= MaxRemovedEntries)
            {
                return;
            }

            if (node.Removal is { } reason && !(node.Parent?.Dead ?? false) && node.RawTextLength >= MinRemovedLength)
            {
                AddRemoved(removed, HtmlText.Of(node, MaxRemovedChars), reason);
            }
        }
    }

    private static void AddRemoved(List<RemovedText> removed, string text, RemovalReason reason)
    {
        if (removed.Count < MaxRemovedEntries && text.Length >= MinRemovedLength)
        {
            removed.Add(new RemovedText(text.Length > MaxRemovedChars ? text[..MaxRemovedChars] : text, reason));
        }
    }
}
