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
        foreach (var (i, j) in Candidates(quotes, words))
        {
            if (Same(quotes[i], words[i], quotes[j], words[j]))
            {
                parent[Find(parent, j)] = Find(parent, i);
            }
        }

        return [.. Enumerable.Range(0, quotes.Count)
            .GroupBy(i => Find(parent, i))
            .Select(g => Judge([.. g.Select(i => quotes[i])], duplicateOf))
            .OrderByDescending(g => g.Sources)
            .ThenByDescending(g => g.Status)];
    }

    /// <summary>
    /// The pairs of quotes that may be the same, without comparing every pair: quotes with the same normalised
    /// words, and pairs found through an index of words. Two quotes can only be the same if they share at least
    /// <see cref="SameQuoteOverlap"/> of the shorter one's words, so they must share one of its rarest
    /// <c>n - needed + 1</c> words; each quote looks only those up, among quotes at least as long as itself.
    /// </summary>
    private static IEnumerable<(int, int)> Candidates(List<QuoteClaim> quotes, List<HashSet<string>> words)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            if (!first.TryAdd(quotes[i].Normalized, i))
            {
                yield return (first[quotes[i].Normalized], i);
            }
        }

        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < quotes.Count; i++)
        {
            foreach (var word in words[i])
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings[word] = list = [];
                }

                list.Add(i);
            }
        }

        var seen = new int[quotes.Count];
        Array.Fill(seen, -1);
        for (var i = 0; i < quotes.Count; i++)
        {
            var size = words[i].Count;
            if (size < MinimumWordsToMatch)
            {
                continue;
            }

            var prefix = size - Needed(size) + 1;
            foreach (var word in words[i].OrderBy(w => postings[w].Count).ThenBy(w => w, StringComparer.Ordinal).Take(prefix))
            {
                foreach (var j in postings[word])
                {
                    var other = words[j].Count;
                    if (seen[j] != i && (other > size || (other == size && j > i)))
                    {
                        seen[j] = i;
                        yield return (i, j);
                    }
                }
            }
        }
    }

    /// <summary>The fewest shared words that make a quote of <paramref name="size"/> words the same as a longer one.</summary>
    private static int Needed(int size)
    {
        var needed = (int)Math.Ceiling(SameQuoteOverlap * size);
        while (needed > 0 && needed - 1 >= SameQuoteOverlap * size)
        {
            needed--;
        }

        while (needed < SameQuoteOverlap * size)
        {
            needed++;
        }

        return needed;
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
        var (speakers, byEnding) = SpeakersOf(quotes);
        var fullest = quotes.MaxBy(q => q.Normalized.Length)!;
        // Drift: two wordings neither of which is a part of the other (a partial quote is not drift).
        // No drift when every wording is a part of every longer one: longest first, each holds the next.
        var wordings = quotes.Select(q => q.Normalized).Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).ToList();
        var drift = wordings.Zip(wordings.Skip(1)).Any(p => !p.First.Contains(p.Second, StringComparison.Ordinal));
        var status = speakers.Length > 1 ? QuoteStatus.Misattributed
            : drift ? QuoteStatus.Drift
            : sources < 2 ? QuoteStatus.SingleSource
            : QuoteStatus.Consistent;
        var speaker = quotes.Where(q => q.Speaker is not null)
            .GroupBy(q => byEnding.GetValueOrDefault(q.Speaker!) ?? q.Speaker!, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return new QuoteGroup(fullest.Text, speaker, status, speakers, reports, sources);
    }

    /// <summary>
    /// The distinct speakers, a short form ("Edevane") folded into the full name that ends with it, and the
    /// full name each speaker folds into. Longest first: every name kept is registered under each of its
    /// word-final parts, so a later, shorter name finds the first full name it ends.
    /// </summary>
    private static (ImmutableArray<string> Speakers, Dictionary<string, string> ByEnding) SpeakersOf(List<QuoteClaim> quotes)
    {
        var names = quotes.Select(q => q.Speaker).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length);
        var byEnding = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<string>();
        foreach (var name in names)
        {
            if (byEnding.ContainsKey(name))
            {
                continue;
            }

            kept.Add(name);
            byEnding.TryAdd(name, name);
            for (var space = name.IndexOf(' ', StringComparison.Ordinal); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                byEnding.TryAdd(name[(space + 1)..], name);
            }
        }

        return ([.. kept], byEnding);
    }

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
