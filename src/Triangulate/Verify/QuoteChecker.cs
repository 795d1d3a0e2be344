using System.Collections.Immutable;
using Triangulate.Claims;

namespace Triangulate.Verify;

/// <summary>
/// Groups a story's quotes that are the same words, or nearly (most of the shorter one's words are in the
/// longer), and judges each group: consistent, single-source, paraphrase drift, or misattributed.
/// </summary>
public static class QuoteChecker
{
    /// <summary>Share of the shorter quote's words the longer must hold for the two to be one quote.</summary>
    public const double SameQuoteOverlap = 0.7;

    /// <summary>Quotes shorter than this (in words) match only when their words are identical.</summary>
    public const int MinimumWordsToMatch = 3;

    /// <summary>The story's quote groups, the most-sourced first.</summary>
    public static ImmutableArray<QuoteGroup> Check(IReadOnlyList<ArticleClaims> claims, IReadOnlyDictionary<string, string> duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        var quotes = claims.SelectMany(c => c.Quotes).ToList();
        var words = quotes.Select(q => q.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal)).ToList();
        var parent = Enumerable.Range(0, quotes.Count).ToArray();
        for (var i = 0; i < quotes.Count; i++)
        {
            for (var j = i + 1; j < quotes.Count; j++)
            {
                if (Same(quotes[i], words[i], quotes[j], words[j]))
                {
                    parent[Find(parent, j)] = Find(parent, i);
                }
            }
        }

        return [.. Enumerable.Range(0, quotes.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => Judge([.. g.Select(i => quotes[i])], duplicateOf))
            .OrderByDescending(g => g.Sources)
            .ThenByDescending(g => g.Status)];
    }

    private static bool Same(QuoteClaim a, HashSet<string> aWords, QuoteClaim b, HashSet<string> bWords)
    {
        if (a.Normalized == b.Normalized)
        {
            return true;
        }

        var shorter = Math.Min(aWords.Count, bWords.Count);
        if (shorter < MinimumWordsToMatch)
        {
            return false;
        }

        var (small, large) = aWords.Count <= bWords.Count ? (aWords, bWords) : (bWords, aWords);
        return small.Count(large.Contains) >= SameQuoteOverlap * shorter;
    }

    private static QuoteGroup Judge(List<QuoteClaim> quotes, IReadOnlyDictionary<string, string> duplicateOf)
    {
        // Originals first, so a repeat points at its original when the original gives the quote too.
        var firstOfRoot = new Dictionary<string, string>(StringComparer.Ordinal);
        var repeats = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in quotes.Select(q => q.Evidence.Article).Distinct(StringComparer.Ordinal).OrderBy(duplicateOf.ContainsKey))
        {
            var root = duplicateOf.GetValueOrDefault(article) ?? article;
            if (!firstOfRoot.TryAdd(root, article))
            {
                repeats[article] = firstOfRoot[root];
            }
        }

        var reports = quotes.Select(q => new QuoteReport(q, repeats.GetValueOrDefault(q.Evidence.Article))).ToImmutableArray();
        var sources = firstOfRoot.Count;
        var speakers = SpeakersOf(quotes);
        var fullest = quotes.MaxBy(q => q.Normalized.Length)!;
        // Drift: two wordings neither of which is a part of the other (a partial quote is not drift).
        var drift = quotes.Any(a => quotes.Any(b => !a.Normalized.Contains(b.Normalized, StringComparison.Ordinal) && !b.Normalized.Contains(a.Normalized, StringComparison.Ordinal)));
        var status = speakers.Length > 1 ? QuoteStatus.Misattributed
            : drift ? QuoteStatus.Drift
            : sources < 2 ? QuoteStatus.SingleSource
            : QuoteStatus.Consistent;
        var speaker = quotes.Where(q => q.Speaker is not null)
            .GroupBy(q => Canonical(speakers, q.Speaker!), StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return new QuoteGroup(fullest.Text, speaker, status, speakers, reports, sources);
    }

    /// <summary>The distinct speakers, a short form ("Edevane") folded into the full name that ends with it.</summary>
    private static ImmutableArray<string> SpeakersOf(List<QuoteClaim> quotes)
    {
        var names = quotes.Select(q => q.Speaker).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length).ToList();
        var kept = new List<string>();
        foreach (var name in names)
        {
            if (!kept.Any(k => SameSpeaker(k, name)))
            {
                kept.Add(name);
            }
        }

        return [.. kept];
    }

    private static string Canonical(ImmutableArray<string> speakers, string name) => speakers.FirstOrDefault(s => SameSpeaker(s, name)) ?? name;

    private static bool SameSpeaker(string full, string name) =>
        full.Equals(name, StringComparison.OrdinalIgnoreCase)
        || (full.Length > name.Length && full.EndsWith(name, StringComparison.OrdinalIgnoreCase) && full[full.Length - name.Length - 1] == ' ');

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
