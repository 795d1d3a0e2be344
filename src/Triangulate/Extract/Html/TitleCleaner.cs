namespace Triangulate.Extract.Html;

/// <summary>Removes the site name a page title carries before or after its headline ("Headline | Site").</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [.. HtmlPatterns.Lines("title-separators.txt").Select(s => " " + s + " ")];

    /// <summary>The headline alone, or null for an empty title.</summary>
    public static string? Clean(string? title, string? siteName)
    {
        var text = HtmlText.Collapse(title);
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
        foreach (var separator in Separators)
        {
            var last = text.LastIndexOf(separator, StringComparison.Ordinal);
            if (last > 0)
            {
                var head = text[..last].Trim();
                var tail = text[(last + separator.Length)..].Trim();
                if (IsSiteName(tail, site, head))
                {
                    return Clean(head, siteName) ?? head;
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

        return text;
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
