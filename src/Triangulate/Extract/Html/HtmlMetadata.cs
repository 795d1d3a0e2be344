using System.Collections.Frozen;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Triangulate.Extract.Html;

/// <summary>An article's metadata as the page declares it: JSON-LD first, then meta tags, then markup and the URL.</summary>
internal sealed partial record HtmlMetadata(string? Title, string? Published, string? Publisher, string? Byline, string? Url, string? ArticleBody)
{
    private const int MaxJsonLdChars = 2 * 1024 * 1024;

    /// <summary>The last millisecond of the year 9999, the end of what <see cref="DateTimeOffset"/> holds.</summary>
    private const long MaxEpochMilliseconds = 253_402_300_799_999;

    private static readonly FrozenSet<string> ArticleTypes =
        HtmlPatterns.Lines("jsonld-article-types.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] DateKeys = [.. HtmlPatterns.Lines("date-meta-keys.txt")];

    private static readonly char[] BylineStops = ['@', '|', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '\n'];

    private static readonly string[] AuthorKeys = [.. HtmlPatterns.Lines("author-meta-keys.txt")];

    /// <summary>Reads the metadata gathered while the tree was built.</summary>
    public static HtmlMetadata Read(HtmlTree tree)
    {
        var ld = JsonLdArticle.Find(tree.JsonLd);
        var meta = tree.MetaTags;
        var url = Clean(tree.Links.FirstOrDefault(l => l.Rel.Split(' ').Contains("canonical")).Href)
            ?? Clean(MetaValue(meta, "og:url"))
            ?? Clean(ld?.Url);
        var publisher = SiteName(Clean(ld?.Publisher) ?? Clean(MetaValue(meta, "og:site_name")) ?? Clean(MetaValue(meta, "application-name")));
        var title = TitleCleaner.Clean(ld?.Headline, publisher)
            ?? TitleCleaner.Clean(MetaValue(meta, "og:title"), publisher)
            ?? TitleCleaner.Clean(MetaValue(meta, "twitter:title"), publisher)
            ?? TitleCleaner.Clean(tree.TitleText, publisher)
            ?? Clean(tree.Headings.Count > 0 ? HtmlText.Of(tree.Headings[0], 300) : null);
        return new HtmlMetadata(title, FindDate(tree, ld, url), publisher, FindByline(tree, ld), url, ld?.ArticleBody);
    }

    private static string? FindDate(HtmlTree tree, JsonLdArticle? ld, string? url)
    {
        IEnumerable<string?> Candidates()
        {
            yield return ld?.DatePublished;
            foreach (var key in DateKeys)
            {
                yield return MetaValue(tree.MetaTags, key);
            }

            foreach (var (value, published) in tree.Times)
            {
                if (published)
                {
                    yield return value;
                }
            }

            foreach (var (value, _) in tree.Times)
            {
                yield return value;
            }

            yield return DateInUrl(url);
            yield return ld?.DateCreated;
            yield return ld?.DateModified;
        }

        foreach (var candidate in Candidates())
        {
            if (Normalize(candidate) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A candidate date as text <see cref="PublicationDate"/> parses, or null.</summary>
    internal static string? Normalize(string? value)
    {
        var text = Clean(value);
        if (text is null)
        {
            return null;
        }

        if (PublicationDate.TryParse(text, out _))
        {
            return text;
        }

        // Compact forms: 20191119, 20191119T093000Z, and epoch seconds or milliseconds.
        if (DateTime.TryParseExact(text, ["yyyyMMdd", "yyyyMMdd'T'HHmmss'Z'", "yyyyMMddHHmmss"], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var compact))
        {
            return compact.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) && epoch is > 100_000_000 and < MaxEpochMilliseconds)
        {
            var instant = epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }

        return null;
    }

    /// <summary>A date written into the URL's path: /2019/11/19/ or 2019-11-19.</summary>
    internal static string? DateInUrl(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var match = UrlDate().Match(url);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        return year is >= 1990 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? $"{year:0000}-{month:00}-{day:00}"
            : null;
    }

    private static string? FindByline(HtmlTree tree, JsonLdArticle? ld)
    {
        if (CleanByline(ld?.Author) is { } fromLd)
        {
            return fromLd;
        }

        foreach (var key in AuthorKeys)
        {
            if (CleanByline(MetaValue(tree.MetaTags, key)) is { } fromMeta)
            {
                return fromMeta;
            }
        }

        foreach (var node in tree.AuthorNodes.Concat(tree.BylineNodes))
        {
            if (CleanByline(HtmlText.Of(node, 200)) is { } fromMarkup)
            {
                return fromMarkup;
            }
        }

        return null;
    }

    /// <summary>A byline without its leading "By", or null when it is a link, empty, or too long to be names.</summary>
    private static string? CleanByline(string? text)
    {
        var clean = Clean(text);
        if (clean is null || clean.StartsWith("http", StringComparison.OrdinalIgnoreCase) || clean.Length > 120)
        {
            return null;
        }

        clean = LeadingBy().Replace(clean, "");

        // Byline boxes often run on into a handle, a date or a comment count: the names come first.
        var cut = clean.IndexOfAny(BylineStops);
        if (cut >= 3)
        {
            clean = clean[..cut].TrimEnd(' ', ',', '-', '–', '|', '·');
        }

        clean = TrailingStamp().Replace(clean, "");

        return clean.Length > 1 ? clean : null;
    }

    private static string? MetaValue(List<(string Key, string Value)> meta, string key)
    {
        foreach (var (k, v) in meta)
        {
            if (k == key && !string.IsNullOrWhiteSpace(v))
            {
                return v;
            }
        }

        return null;
    }

    /// <summary>Whitespace collapsed and entities a page encoded twice ("&amp;#8217;") decoded; null when empty.</summary>
    private static string? Clean(string? text)
    {
        var collapsed = HtmlText.Collapse(text);
        if (collapsed.Contains('&', StringComparison.Ordinal) && collapsed.Contains(';', StringComparison.Ordinal))
        {
            collapsed = HtmlText.Collapse(WebUtility.HtmlDecode(collapsed));
        }

        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>A site name without the taglines or sections it sometimes carries after a bar ("Site | Section | Section").</summary>
    private static string? SiteName(string? name)
    {
        var bar = name?.IndexOf(" | ", StringComparison.Ordinal) ?? -1;
        return bar > 0 ? name![..bar].Trim() : name;
    }

    [GeneratedRegex(@"(?<![0-9])(?<y>(19|20)[0-9]{2})[/\-_.](?<m>[01]?[0-9])[/\-_.](?<d>[0-3]?[0-9])(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"^(by|from)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingBy();

    [GeneratedRegex(@"[\s,|]+(published|updated|posted)(\s+on)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingStamp();

    /// <summary>The fields of the JSON-LD node that describes the article.</summary>
    private sealed record JsonLdArticle(
        string? Headline, string? DatePublished, string? DateCreated, string? DateModified,
        string? Author, string? Publisher, string? Url, string? ArticleBody)
    {
        public static JsonLdArticle? Find(List<string> scripts)
        {
            JsonLdArticle? fallback = null;
            foreach (var script in scripts)
            {
                if (script.Length > MaxJsonLdChars)
                {
                    continue;
                }

                try
                {
                    using var document = JsonDocument.Parse(
                        script.Trim().TrimEnd(';'),
                        new JsonDocumentOptions { MaxDepth = Limits.MaxJsonDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    foreach (var node in Objects(document.RootElement))
                    {
                        var isArticle = TypeNames(node).Any(ArticleTypes.Contains);
                        if (isArticle)
                        {
                            return From(node);
                        }

                        if (fallback is null && node.TryGetProperty("headline", out _))
                        {
                            fallback = From(node);
                        }
                    }
                }
                catch (JsonException)
                {
                    // A broken JSON-LD block is common and harmless: the page's other metadata still counts.
                }
            }

            return fallback;
        }

        private static JsonLdArticle From(JsonElement node) => new(
            Text(node, "headline") ?? Text(node, "name"),
            Text(node, "datePublished"),
            Text(node, "dateCreated"),
            Text(node, "dateModified"),
            Names(node, "author") ?? Names(node, "creator"),
            Names(node, "publisher"),
            Text(node, "url") ?? Id(node, "mainEntityOfPage"),
            Text(node, "articleBody"));

        /// <summary>Every object in the document, outermost first, found without recursion.</summary>
        private static IEnumerable<JsonElement> Objects(JsonElement root)
        {
            var queue = new Queue<JsonElement>();
            queue.Enqueue(root);
            while (queue.Count > 0)
            {
                var element = queue.Dequeue();
                if (element.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in element.EnumerateArray())
                    {
                        queue.Enqueue(item);
                    }
                }
                else if (element.ValueKind == JsonValueKind.Object)
                {
                    yield return element;
                    if (element.TryGetProperty("@graph", out var graph))
                    {
                        queue.Enqueue(graph);
                    }

                    if (element.TryGetProperty("mainEntity", out var main))
                    {
                        queue.Enqueue(main);
                    }
                }
            }
        }

        private static IEnumerable<string> TypeNames(JsonElement node)
        {
            if (!node.TryGetProperty("@type", out var type))
            {
                yield break;
            }

            if (type.ValueKind == JsonValueKind.String)
            {
                yield return type.GetString()!;
            }
            else if (type.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in type.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String)
                    {
                        yield return item.GetString()!;
                    }
                }
            }
        }

        private static string? Text(JsonElement node, string property) =>
            node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static string? Id(JsonElement node, string property)
        {
            if (!node.TryGetProperty(property, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Object => Text(value, "@id") ?? Text(value, "url"),
                _ => null,
            };
        }

        /// <summary>A person or organisation as a name: a string, an object's name, or a list joined by commas.</summary>
        private static string? Names(JsonElement node, string property)
        {
            if (!node.TryGetProperty(property, out var value))
            {
                return null;
            }

            var names = new List<string>();
            foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            {
                var name = item.ValueKind switch
                {
                    JsonValueKind.String => item.GetString(),
                    JsonValueKind.Object => Text(item, "name"),
                    _ => null,
                };
                name = HtmlText.Collapse(name);
                if (name.Length > 0 && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name))
                {
                    names.Add(name);
                }
            }

            return names.Count > 0 ? string.Join(", ", names) : null;
        }
    }
}
