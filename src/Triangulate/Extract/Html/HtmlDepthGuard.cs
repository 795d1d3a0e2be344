using System.Collections.Frozen;
using System.Text;

namespace Triangulate.Extract.Html;

/// <summary>
/// Flattens absurdly deep nesting before the page reaches the parser. HTML tree building checks the stack of
/// open elements for every tag, so thousands of unclosed elements make parsing quadratic: a few hundred
/// kilobytes of nested divs would take minutes. The guard drops start tags, and their matching end tags,
/// once the open-tag count passes a depth no real page reaches; the text in them is kept.
/// </summary>
internal static class HtmlDepthGuard
{
    /// <summary>Open elements counted before start tags are dropped; twice the depth extraction walks.</summary>
    internal const int MaxOpenElements = Limits.MaxHtmlNestingDepth * 2;

    private static readonly FrozenSet<string> VoidOrImplied = FrozenSet.ToFrozenSet(
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "frame", "keygen", "basefont", "bgsound", "image", "command",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup",
        "caption", "rb", "rt", "rtc", "rp", "html", "head", "body", "!doctype",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> RawText = FrozenSet.ToFrozenSet(
        ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VoidOrImpliedLookup =
        VoidOrImplied.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RawTextLookup =
        RawText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The page unchanged when it is never deeper than the guard allows, else the page with the excess tags dropped.</summary>
    public static string Flatten(string html)
    {
        var depth = 0;
        StringBuilder? output = null;
        var copiedTo = 0;
        var dropped = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        while ((position = html.IndexOf('<', position)) >= 0)
        {
            if (string.CompareOrdinal(html, position, "<!--", 0, 4) == 0)
            {
                var end = html.IndexOf("-->", position + 4, StringComparison.Ordinal);
                position = end < 0 ? html.Length : end + 3;
                continue;
            }

            var closing = position + 1 < html.Length && html[position + 1] == '/';
            var nameStart = position + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '!'))
            {
                nameEnd++;
            }

            if (nameEnd == nameStart)
            {
                position++;
                continue;
            }

            var tagEnd = TagEnd(html, nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (closing)
            {
                if (dropped.Count > 0 && dropped.TryGetValue(name.ToString(), out var count) && count > 0)
                {
                    dropped[name.ToString()] = count - 1;
                    Drop(position, tagEnd);
                }
                else if (!VoidOrImpliedLookup.Contains(name) && depth > 0)
                {
                    depth--;
                }
            }
            else if (RawTextLookup.Contains(name))
            {
                // Raw text runs to its end tag; tags inside it are text.
                var end = IndexOfEndTag(html, name, tagEnd);
                position = end < 0 ? html.Length : end;
                continue;
            }
            else if (!VoidOrImpliedLookup.Contains(name) && html[tagEnd - 2] != '/')
            {
                if (depth >= MaxOpenElements)
                {
                    var key = name.ToString();
                    dropped[key] = dropped.GetValueOrDefault(key) + 1;
                    Drop(position, tagEnd);
                }
                else
                {
                    depth++;
                }
            }

            position = tagEnd;
        }

        if (output is null)
        {
            return html;
        }

        output.Append(html, copiedTo, html.Length - copiedTo);
        return output.ToString();

        void Drop(int start, int end)
        {
            output ??= new StringBuilder(html.Length);
            output.Append(html, copiedTo, start - copiedTo);
            copiedTo = end;
        }
    }

    /// <summary>Where the end tag "&lt;/name" of a raw-text element starts, or -1.</summary>
    private static int IndexOfEndTag(string html, ReadOnlySpan<char> name, int from)
    {
        for (var i = html.IndexOf("</", from, StringComparison.Ordinal); i >= 0; i = html.IndexOf("</", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 + name.Length <= html.Length && html.AsSpan(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The index just past the tag's closing '>', skipping quoted attribute values.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var i = from; i < html.Length; i++)
        {
            var c = html[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
        }

        return html.Length;
    }
}
