using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Triangulate.Extract.Html;

/// <summary>The page as a light tree of <see cref="HtmlNode"/>s plus the metadata seen while building it.</summary>
internal sealed class HtmlTree
{
    /// <summary>Elements that never hold article text: dropped while building, silently.</summary>
    private static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "input", "select", "textarea", "button", "option", "datalist", "img", "video", "audio", "picture",
        "source", "track", "map", "area", "head", "base", "param", "frame", "frameset", "applet",
    ], StringComparer.Ordinal);

    /// <summary>Elements whose tag alone marks them as page furniture.</summary>
    private static readonly FrozenDictionary<string, RemovalReason> FurnitureTags = new Dictionary<string, RemovalReason>
    {
        ["nav"] = RemovalReason.Navigation,
        ["footer"] = RemovalReason.Footer,
        ["aside"] = RemovalReason.RelatedLinks,
        ["form"] = RemovalReason.Boilerplate,
        ["figcaption"] = RemovalReason.PhotoCredit,
        ["dialog"] = RemovalReason.Promotion,
        ["menu"] = RemovalReason.Navigation,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RemovalReason> FurnitureRoles = new Dictionary<string, RemovalReason>
    {
        ["navigation"] = RemovalReason.Navigation,
        ["banner"] = RemovalReason.Navigation,
        ["menu"] = RemovalReason.Navigation,
        ["menubar"] = RemovalReason.Navigation,
        ["contentinfo"] = RemovalReason.Footer,
        ["complementary"] = RemovalReason.RelatedLinks,
        ["dialog"] = RemovalReason.Promotion,
        ["alertdialog"] = RemovalReason.Promotion,
        ["search"] = RemovalReason.Navigation,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Microdata properties whose element holds a value for machines, never article prose.</summary>
    private static readonly FrozenSet<string> MetadataItemProps = FrozenSet.ToFrozenSet(
    [
        "publisher", "logo", "image", "url", "width", "height", "datePublished", "dateModified", "dateCreated",
        "mainEntityOfPage", "thumbnailUrl", "keywords", "articleSection", "inLanguage", "wordCount",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Elements that start a new block of text.</summary>
    internal static readonly FrozenSet<string> BlockTags = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
        "ul", "br", "summary", "center", "caption", "legend", "body", "html", "menu",
    ], StringComparer.Ordinal);

    /// <summary>Children that stop a div from reading as one paragraph.</summary>
    private static readonly FrozenSet<string> DivBreakers = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "blockquote", "dl", "div", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table", "ul",
    ], StringComparer.Ordinal);

    /// <summary>Class and id beyond this many characters are not read: real ones are far shorter.</summary>
    private const int MaxClassAndIdLength = 500;

    private HtmlTree(HtmlNode root) => Root = root;

    public HtmlNode Root { get; }

    /// <summary>Every node in document (pre-)order; a parent always comes before its children.</summary>
    public List<HtmlNode> Nodes { get; } = [];

    public string? TitleText { get; private set; }

    /// <summary>Meta tags as (name or property or itemprop, lowercased; content).</summary>
    public List<(string Key, string Value)> MetaTags { get; } = [];

    /// <summary>Link elements as (rel, href).</summary>
    public List<(string Rel, string Href)> Links { get; } = [];

    public List<string> JsonLd { get; } = [];

    /// <summary>Machine-readable dates of time elements and itemprop date attributes, with whether they say "published".</summary>
    public List<(string Value, bool Published)> Times { get; } = [];

    /// <summary>Elements that name an author: rel=author, itemprop=author.</summary>
    public List<HtmlNode> AuthorNodes { get; } = [];

    /// <summary>Elements whose class says they hold the byline; they often carry a date too, so they come second.</summary>
    public List<HtmlNode> BylineNodes { get; } = [];

    public List<HtmlNode> Headings { get; } = [];

    /// <summary>Builds the tree without recursion; content deeper than the limit is flattened into its ancestor.</summary>
    /// <param name="document">The parsed page.</param>
    /// <param name="patterns">The class/id and phrase patterns.</param>
    /// <param name="classRules">Whether class/id rules remove elements; off for the second try on a page where they removed everything.</param>
    /// <param name="cancellationToken">Checked every few thousand nodes.</param>
    public static HtmlTree Build(IDocument document, HtmlPatterns patterns, bool classRules, CancellationToken cancellationToken)
    {
        var root = new HtmlNode("html", "", null, 0);
        var tree = new HtmlTree(root);
        tree.Nodes.Add(root);
        var head = document.Head;
        if (head is not null)
        {
            tree.ReadHead(head);
        }

        var stack = new Stack<(INode Node, HtmlNode Target, bool InLink)>();
        var start = document.Body ?? (INode?)document.DocumentElement;
        if (start is null)
        {
            return tree;
        }

        stack.Push((start, root, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if ((++visited & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, target, inLink) = stack.Pop();
            if (node is IText text)
            {
                var data = text.Data;
                var length = NormalizedLength(data);
                if (length > 0)
                {
                    target.Children.Add(data);
                    target.OwnTextLength += length;
                    target.OwnCommas += CountCommas(data);
                }
                else if (data.Length > 0 && target.Children.Count > 0 && target.Children[^1] is not " ")
                {
                    // Whitespace between inline elements separates words ("<b>two</b> <i>words</i>").
                    target.Children.Add(" ");
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            var current = target;
            if (Skipped.Contains(name))
            {
                tree.ReadSkipped(element, name);
                continue;
            }

            if (name is "link" or "meta" or "title")
            {
                tree.ReadHeadElement(element, name);
                continue;
            }

            if (target.Depth < Limits.MaxHtmlNestingDepth && !ReferenceEquals(element, start))
            {
                current = tree.AddNode(element, name, target, inLink, patterns, classRules);
                inLink = current.InLink;
            }
            else
            {
                inLink |= name == "a";
            }

            tree.ReadInlineMetadata(element, current);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], current, inLink));
            }
        }

        return tree;
    }

    /// <summary>The length of text with runs of whitespace counted as one character and the ends trimmed.</summary>
    internal static int NormalizedLength(string text)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
            }
            else
            {
                length += pendingSpace ? 2 : 1;
                pendingSpace = false;
            }
        }

        return length;
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                count++;
            }
        }

        return count;
    }

    private HtmlNode AddNode(IElement element, string name, HtmlNode parent, bool inLink, HtmlPatterns patterns, bool classRules)
    {
        // Most elements carry none of the attributes the parser keeps: skip the lookups for them.
        var hasAttributes = element.Attributes.Length > 0;
        var classAttribute = hasAttributes ? element.GetAttribute("class") : null;
        var id = hasAttributes ? element.GetAttribute("id") : null;
        var classAndId = (classAttribute, id) switch
        {
            (null, null) => "",
            (_, null) => classAttribute.ToLowerInvariant(),
            (null, _) => id.ToLowerInvariant(),
            _ => (classAttribute + " " + id).ToLowerInvariant(),
        };

        if (classAndId.Length > MaxClassAndIdLength)
        {
            classAndId = classAndId[..MaxClassAndIdLength];
        }

        var node = new HtmlNode(name, classAndId.Trim(), parent, parent.Depth + 1) { InLink = inLink || name == "a" };
        parent.Children.Add(node);
        Nodes.Add(node);
        if (DivBreakers.Contains(name))
        {
            parent.HasBlockChild = true;
        }

        var verdict = patterns.Judge(node.ClassAndId);
        node.IsContentHint = verdict.IsContent;
        node.IsNegativeHint = verdict.IsNegative;
        var itemProp = hasAttributes ? element.GetAttribute("itemprop") : null;
        var role = hasAttributes ? element.GetAttribute("role") : null;
        if (string.Equals(itemProp, "articleBody", StringComparison.OrdinalIgnoreCase)
            || string.Equals(role, "main", StringComparison.OrdinalIgnoreCase)
            || name is "main"
            || verdict.IsArticleBody)
        {
            node.IsArticleBodyHint = true;
        }

        if (FurnitureTags.TryGetValue(name, out var byTag))
        {
            node.Removal = byTag;
            node.RemovedByTag = true;
        }
        else if (role is not null && FurnitureRoles.TryGetValue(role.ToLowerInvariant(), out var byRole))
        {
            node.Removal = byRole;
            node.RemovedByTag = true;
        }
        else if (itemProp is not null && MetadataItemProps.Contains(itemProp))
        {
            // Microdata values written out as text for machines: a logo URL, image sizes, a timestamp.
            node.Removal = RemovalReason.Metadata;
            node.RemovedByTag = true;
        }
        else if (hasAttributes && IsHidden(element))
        {
            node.Removal = RemovalReason.Boilerplate;
            node.RemovedByTag = true;
        }
        else if (classRules && verdict.Removal is { } reason && !node.IsArticleBodyHint && name is not ("body" or "a" or "main" or "p"))
        {
            node.Removal = reason;
            node.RemovedByStrongRule = verdict.Strong;
        }

        if (name is "h1" or "h2")
        {
            Headings.Add(node);
        }

        return node;
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        if (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase)
            || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private void ReadHead(IElement head)
    {
        // The head is flat in practice, but it is walked without recursion all the same.
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((head, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            var name = element.LocalName;
            if (name is "script")
            {
                ReadSkipped(element, name);
                continue;
            }

            ReadHeadElement(element, name);
            if (depth >= Limits.MaxHtmlNestingDepth)
            {
                continue;
            }

            var children = element.Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], depth + 1));
            }
        }
    }

    private void ReadHeadElement(IElement element, string name)
    {
        switch (name)
        {
            case "title":
                TitleText ??= element.TextContent;
                break;
            case "meta":
                var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
                var content = element.GetAttribute("content");
                if (key is not null && content is not null)
                {
                    MetaTags.Add((key.Trim().ToLowerInvariant(), content));
                }

                break;
            case "link":
                var rel = element.GetAttribute("rel");
                var href = element.GetAttribute("href");
                if (rel is not null && href is not null)
                {
                    Links.Add((rel.Trim().ToLowerInvariant(), href));
                }

                break;
        }
    }

    private void ReadSkipped(IElement element, string name)
    {
        if (name == "script"
            && element.GetAttribute("type") is { } type
            && type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
        {
            JsonLd.Add(element.TextContent);
        }
    }

    private void ReadInlineMetadata(IElement element, HtmlNode node)
    {
        if (element.Attributes.Length == 0)
        {
            if (node.ClassAndId.Length > 0 && node.ClassAndId.Contains("byline", StringComparison.Ordinal))
            {
                BylineNodes.Add(node);
            }

            return;
        }

        var itemProp = element.GetAttribute("itemprop");
        if (element.LocalName == "time" || itemProp is not null)
        {
            var published = itemProp is not null && itemProp.Contains("datePublished", StringComparison.OrdinalIgnoreCase);
            var value = element.GetAttribute("datetime") ?? (itemProp is not null && itemProp.Contains("date", StringComparison.OrdinalIgnoreCase) ? element.GetAttribute("content") : null);
            if (value is not null && (element.LocalName == "time" || published))
            {
                Times.Add((value, published || element.HasAttribute("pubdate")));
            }
        }

        var rel = element.GetAttribute("rel");
        if ((itemProp is not null && itemProp.Contains("author", StringComparison.OrdinalIgnoreCase))
            || (rel is not null && rel.Contains("author", StringComparison.OrdinalIgnoreCase)))
        {
            AuthorNodes.Add(node);
        }
        else if (node.ClassAndId.Contains("byline", StringComparison.Ordinal))
        {
            BylineNodes.Add(node);
        }
    }
}
