using System.Collections.Frozen;

namespace Triangulate.Extract.Html;

/// <summary>
/// Finds the container that holds the article: every paragraph scores its ancestors by length and commas,
/// link-heavy containers are discounted, and the best container is taken with the siblings that read like it.
/// </summary>
internal static class ContentScorer
{
    /// <summary>A removed element holding more than this share of the page's text probably wraps the article.</summary>
    private const double WrapperShare = 0.6;

    private const int MinParagraphLength = 25;

    private const int MaxAncestorLevels = 5;

    private const int MinTwinLength = 500;

    private const int MaxTwins = 5;

    private const int MaxLookAlikes = 20;

    private const int MaxTwinDistance = 6;

    private static readonly FrozenSet<string> ParagraphTags = FrozenSet.ToFrozenSet(["p", "pre", "td", "blockquote"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ContainerTags = FrozenSet.ToFrozenSet(
        ["div", "section", "article", "main", "span", "font", "center", "li", "dd", "header"], StringComparer.Ordinal);

    /// <summary>Undoes removals that would take the article with them, marks the dead, and sums live text.</summary>
    public static void Prepare(HtmlTree tree)
    {
        var nodes = tree.Nodes;
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            node.RawTextLength += node.OwnTextLength;
            if (node.Parent is { } parent)
            {
                parent.RawTextLength += node.RawTextLength;
                parent.ContainsContentHint |= node.ContainsContentHint || node.IsContentHint || node.IsArticleTag || node.IsArticleBodyHint;
                parent.ContainsArticleBodyHint |= node.ContainsArticleBodyHint || node.IsArticleBodyHint;
            }
        }

        var total = tree.Root.RawTextLength;
        foreach (var node in nodes)
        {
            if (node.Removal is not null && WrapsArticle(node, total))
            {
                node.Removal = null;
            }

            node.Dead = node.Removal is not null || (node.Parent?.Dead ?? false);
        }

        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            if (node.Dead)
            {
                continue;
            }

            node.TextLength += node.OwnTextLength;
            node.LinkLength += node.InLink ? node.OwnTextLength : 0;
            node.Commas += node.OwnCommas;
            if (node.Name == "p" && node.TextLength >= MinParagraphLength)
            {
                node.ParagraphCount++;
            }

            if (node.Parent is { } parent)
            {
                parent.ParagraphCount += node.ParagraphCount;
                parent.TextLength += node.TextLength;
                parent.LinkLength += node.LinkLength;
                parent.Commas += node.Commas;
            }
        }
    }

    /// <summary>Whether an element a rule removed is a wrapper around the article rather than furniture beside it.</summary>
    private static bool WrapsArticle(HtmlNode node, int total)
    {
        if (node.ContainsArticleBodyHint)
        {
            return true;
        }

        if (!node.RemovedByTag && !node.RemovedByStrongRule && node.ContainsContentHint)
        {
            return true;
        }

        return (!node.RemovedByStrongRule || node.ContainsContentHint) && node.RawTextLength > 500 && node.RawTextLength > total * WrapperShare;
    }

    /// <summary>The containers that hold the article, in document order.</summary>
    public static List<HtmlNode> Select(HtmlTree tree)
    {
        var candidates = new List<HtmlNode>();
        foreach (var node in tree.Nodes)
        {
            if (node.Dead)
            {
                continue;
            }

            if (IsParagraph(node))
            {
                if (node.TextLength >= MinParagraphLength)
                {
                    AddToAncestors(node.Parent, 1.0 + node.Commas + Math.Min(node.TextLength / 100.0, 3.0), candidates);
                }
            }
            else if (node.OwnTextLength >= MinParagraphLength && ContainerTags.Contains(node.Name))
            {
                // Text written straight into a container between its blocks ("text<br>text<div>…</div>")
                // is a paragraph of the container itself.
                AddToAncestors(node, 1.0 + node.OwnCommas + Math.Min(node.OwnTextLength / 100.0, 3.0), candidates);
            }
        }

        if (candidates.Count == 0)
        {
            return [tree.Root];
        }

        foreach (var candidate in candidates)
        {
            candidate.Score *= 1 - candidate.LinkDensity;
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
        var top = candidates[0];
        top = PreferCommonAncestor(top, candidates);
        top = ClimbParents(top, tree.Root);
        while (top.Parent is { } parent && parent.Parent is not null && LiveChildren(parent).Take(2).Count() == 1)
        {
            top = parent;
        }

        return WithTwins(WithSiblings(top), top, tree);
    }

    /// <summary>
    /// Adds containers elsewhere on the page that share the top candidate's tag and class: bodies split by a
    /// photo, a quote or an ad slot into several blocks that are not siblings.
    /// </summary>
    private static List<HtmlNode> WithTwins(List<HtmlNode> selected, HtmlNode top, HtmlTree tree)
    {
        if (top.ClassAndId.Length == 0)
        {
            return selected;
        }

        // Many look-alikes are a list of teasers, not one body in parts: give up as soon as there are too many.
        var lookAlikes = tree.Nodes.Where(n => !n.Dead && n.Name == top.Name && n.ClassAndId == top.ClassAndId
            && n.TextLength > MinTwinLength && n.LinkDensity < 0.3 && n.ParagraphCount >= 2).Take(MaxLookAlikes + 1).ToList();
        if (lookAlikes.Count > MaxLookAlikes)
        {
            return selected;
        }

        var twins = lookAlikes.Where(n => !selected.Any(s => ReferenceEquals(s, n) || IsAncestor(s, n) || IsAncestor(n, s))
            && Near(top, n)).ToList();
        if (twins.Count == 0 || twins.Count > MaxTwins)
        {
            return selected;
        }

        var order = new Dictionary<HtmlNode, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            order[tree.Nodes[i]] = i;
        }

        return [.. selected.Concat(twins.Where(t => !twins.Any(o => IsAncestor(o, t)))).OrderBy(n => order[n])];
    }

    private static void AddToAncestors(HtmlNode? first, double score, List<HtmlNode> candidates)
    {
        var ancestor = first;
        for (var level = 0; level < MaxAncestorLevels && ancestor is not null && ancestor.Parent is not null; level++)
        {
            if (!ancestor.IsCandidate)
            {
                ancestor.IsCandidate = true;
                ancestor.Score = InitialScore(ancestor);
                candidates.Add(ancestor);
            }

            ancestor.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            ancestor = ancestor.Parent;
        }
    }

    private static bool IsParagraph(HtmlNode node) =>
        ParagraphTags.Contains(node.Name) || (ContainerTags.Contains(node.Name) && !node.HasBlockChild);

    private static double InitialScore(HtmlNode node)
    {
        var score = node.Name switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (node.IsContentHint)
        {
            score += 25;
        }

        if (node.IsNegativeHint)
        {
            score -= 25;
        }

        if (node.IsArticleBodyHint)
        {
            score += 15;
        }

        return score;
    }

    /// <summary>When several strong candidates sit in one ancestor, the article is that ancestor.</summary>
    private static HtmlNode PreferCommonAncestor(HtmlNode top, List<HtmlNode> sorted)
    {
        var alternatives = sorted.Skip(1).Take(4).Where(c => c.Score / top.Score >= 0.75).ToList();
        if (alternatives.Count < 3)
        {
            return top;
        }

        for (var ancestor = top.Parent; ancestor is not null && ancestor.Parent is not null; ancestor = ancestor.Parent)
        {
            var holding = alternatives.Count(a => IsAncestor(ancestor, a));
            if (holding >= 3)
            {
                return ancestor;
            }
        }

        return top;
    }

    private static HtmlNode ClimbParents(HtmlNode top, HtmlNode root)
    {
        var lastScore = top.Score;
        var threshold = lastScore / 3;
        for (var parent = top.Parent; parent is not null && !ReferenceEquals(parent, root); parent = parent.Parent)
        {
            if (!parent.IsCandidate)
            {
                continue;
            }

            if (parent.Score < threshold)
            {
                break;
            }

            if (parent.Score > lastScore)
            {
                return parent;
            }

            lastScore = parent.Score;
        }

        return top;
    }

    private static List<HtmlNode> WithSiblings(HtmlNode top)
    {
        if (top.Parent is null)
        {
            return [top];
        }

        var threshold = Math.Max(10, top.Score * 0.2);
        var selected = new List<HtmlNode>();
        var beforeTop = true;
        foreach (var sibling in LiveChildren(top.Parent))
        {
            if (ReferenceEquals(sibling, top))
            {
                selected.Add(sibling);
                beforeTop = false;
                continue;
            }

            var bonus = sibling.ClassAndId.Length > 0 && sibling.ClassAndId == top.ClassAndId ? top.Score * 0.2 : 0;
            if (sibling.IsCandidate && sibling.Score + bonus >= threshold)
            {
                selected.Add(sibling);
            }
            else if (beforeTop && sibling.TextLength > 80 && sibling.LinkDensity < 0.25 && !sibling.IsNegativeHint && !sibling.HasBlockChild)
            {
                // A lead paragraph or summary written just before the body, in its own container.
                selected.Add(sibling);
            }
            else if (sibling.Name == "p" && sibling.TextLength > 0)
            {
                var density = sibling.LinkDensity;
                if ((sibling.TextLength > 80 && density < 0.25)
                    || (density == 0 && HtmlText.Of(sibling, 400, includeDead: false) is var text && (text.Contains(". ", StringComparison.Ordinal) || text.EndsWith('.'))))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }

    private static IEnumerable<HtmlNode> LiveChildren(HtmlNode node)
    {
        foreach (var child in node.Children)
        {
            if (child is HtmlNode { Dead: false } element)
            {
                yield return element;
            }
        }
    }

    /// <summary>Whether two nodes share an ancestor at most <see cref="MaxTwinDistance"/> levels above the first.</summary>
    private static bool Near(HtmlNode top, HtmlNode other)
    {
        var ancestor = top.Parent;
        for (var level = 1; level <= MaxTwinDistance && ancestor is not null; level++, ancestor = ancestor.Parent)
        {
            if (IsAncestor(ancestor, other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAncestor(HtmlNode ancestor, HtmlNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            if (ReferenceEquals(current, ancestor))
            {
                return true;
            }
        }

        return false;
    }
}
