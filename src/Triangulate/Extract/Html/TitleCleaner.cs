namespace Triangulate.Extract.Html;

/// <summary>Removes the site name a page title carries before or after its headline ("Headline | Site").</summary>
internal static class TitleCleaner
{
    /// <summary>Titles carry a site name and perhaps a section or two ("Headline | Section | Site"); more is headline.</summary>
    private const int MaxSuffixes = 3;

    /// <summary>Longer titles are cut: no headline is this long, and the cleaning below is not free.</summary>
    private const int MaxTitleLength = 1_000;

    private static readonly string[] Separators = [.. HtmlPatterns.Lines("title-separators.txt").Select(s => " " + s + " ")];

    /// <summary>The headline alone, or null for an empty title.</summary>
    public static string? Clean(string? title, string? siteName)
    {
        var text = HtmlText.Collapse(title);
        if (text.Length > MaxTitleLength)
        {
            text = text[..MaxTitleLength];
        }
        if (text.Contains('&', StringComparison.Ordinal) && text.Contains(';', StringComparison.Ordinal))
        {
            // Some pages encode entities twice ("&amp;#8217;"): the parser undoes one level, this the other.
            text = HtmlText.Collapse(System.Net.WebUtility.HtmlDecode(text));
        }

        if (text.Length == 0)
        {
            return null;
        }

        var site = Letters(siteName);
        for (var round = 0; round < MaxSuffixes; round++)
        {
            var shorter = StripOnce(text, site);
            if (shorter is null)
            {
                break;
            }

            text = shorter;
        }

        return text;
    }

    /// <summary>The title without one site-name part at its end or start, or null when it has none.</summary>
    private static string? StripOnce(string text, string site)
    {
        foreach (var separator in Separators)
        {
            var last = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = text[..last].Trim();
                var tail = text[(last + separator.Length)..].Trim();
                if (head.Length > 0 && IsSiteName(tail, site, head))
                {
                    return head;
                }
            }

            var first = text.IndexOf(separator, StringComparison.Ordinal);
            if (first > 0)
            {
                var head = text[..first].Trim();
                var rest = text[(first + separator.Length)..].Trim();
                if (site.Length > 0 && Letters(head) == site && Words(rest) >= 2)
                {
                    return rest;
                }
            }
        }

        return null;
    }

    /// <summary>A title part is the site name when it matches the declared one, or is short next to a long headline.</summary>
    private static bool IsSiteName(string part, string site, string headline)
    {
        var letters = Letters(part);
        if (letters.Length == 0)
        {
            return true;
        }

        if (site.Length > 0 && (letters == site || letters.Contains(site, StringComparison.Ordinal) || site.Contains(letters, StringComparison.Ordinal)))
        {
            return true;
        }

        return Words(part) <= 4 && Words(headline) >= 4 && part.Length * 2 < headline.Length;
    }

    private static int Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Letters(string? text) =>
        text is null ? "" : new string([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
