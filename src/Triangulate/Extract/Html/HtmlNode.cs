namespace Triangulate.Extract.Html;

/// <summary>
/// One element of the page in the extractor's own light tree: its children are nodes and text strings.
/// The tree is built iteratively and capped at <see cref="Limits.MaxHtmlNestingDepth"/>, so no walk over
/// it can overflow the stack.
/// </summary>
internal sealed class HtmlNode(string name, string classAndId, HtmlNode? parent, int depth)
{
    public string Name { get; } = name;

    /// <summary>Class and id, lowercased and joined by a space.</summary>
    public string ClassAndId { get; } = classAndId;

    public HtmlNode? Parent { get; } = parent;

    public int Depth { get; } = depth;

    /// <summary>Child <see cref="HtmlNode"/>s and text strings in document order.</summary>
    public List<object> Children { get; } = [];

    /// <summary>Why a rule marked the element as page furniture; null when none did.</summary>
    public RemovalReason? Removal { get; set; }

    /// <summary>Removed because of its tag or a hidden/role attribute rather than its class or id.</summary>
    public bool RemovedByTag { get; set; }

    /// <summary>Removed by a strong class/id rule.</summary>
    public bool RemovedByStrongRule { get; set; }

    /// <summary>The element itself or an ancestor is removed.</summary>
    public bool Dead { get; set; }

    public bool IsContentHint { get; set; }

    public bool IsNegativeHint { get; set; }

    /// <summary>Marked as the article body by microdata, its role, a main tag, or an article-body class.</summary>
    public bool IsArticleBodyHint { get; set; }

    public bool IsArticleTag => Name == "article";

    /// <summary>The subtree below the element holds an element hinted as article content.</summary>
    public bool ContainsContentHint { get; set; }

    /// <summary>The subtree below the element holds an element hinted as the article body.</summary>
    public bool ContainsArticleBodyHint { get; set; }

    public bool HasBlockChild { get; set; }

    public bool InLink { get; set; }

    /// <summary>Characters of text directly inside the element, whitespace collapsed.</summary>
    public int OwnTextLength { get; set; }

    /// <summary>Characters of text in the subtree, removed parts included.</summary>
    public int RawTextLength { get; set; }

    /// <summary>Characters of live text in the subtree.</summary>
    public int TextLength { get; set; }

    /// <summary>Characters of live text inside links in the subtree.</summary>
    public int LinkLength { get; set; }

    public int Commas { get; set; }

    /// <summary>Live paragraphs of some length in the subtree.</summary>
    public int ParagraphCount { get; set; }

    /// <summary>Commas in text directly inside the element.</summary>
    public int OwnCommas { get; set; }

    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
}
