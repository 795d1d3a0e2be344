using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Annotate.Quantities;
using Triangulate.Claims;
using Triangulate.Stories;

namespace Triangulate.Verify;

/// <summary>Cross-checks one story: aligns its articles' claims, judges each fact and quote, and scores each source.</summary>
public static class StoryChecker
{
    /// <summary>The shortest source note taken for an outlet's name.</summary>
    public const int MinimumOutletName = 3;

    /// <summary>Verifies <paramref name="story"/> given its members (in story order) and their claims (same order).</summary>
    public static StoryFacts Check(Story story, IReadOnlyList<Annotated> members, IReadOnlyList<ArticleClaims> claims)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(claims);
        var duplicateOf = DuplicateRoots(story, members);
        var start = StartOf(story, claims);
        var facts = CountChecker.Check(claims, duplicateOf, start);
        var eventDate = DateChecker.Check(claims, duplicateOf);
        var eventPlace = PlaceChecker.Check(claims, duplicateOf);
        var quotes = QuoteChecker.Check(claims, duplicateOf);
        var assertions = AssertionChecker.Check(claims, duplicateOf);
        var scorecards = members.Zip(claims).Select(p => Score(p.First, p.Second, facts, eventDate, quotes, assertions, eventPlace, duplicateOf)).ToImmutableArray();
        return new StoryFacts(duplicateOf, facts, eventDate, eventPlace, [.. claims.Where(c => !duplicateOf.ContainsKey(c.Article)).SelectMany(c => c.CalendarErrors)], quotes, assertions, scorecards);
    }

    /// <summary>The story's first event day, else its earliest publication: figures dated well before it are background.</summary>
    public static DateOnly? StartOf(Story story, IEnumerable<ArticleClaims> claims)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(claims);
        return story.First ?? claims.Select(c => c.Published).Where(d => d is not null).Min();
    }

    /// <summary>
    /// For each member that repeats another's report, the first member of its group: the one that counts. A member
    /// repeats another when the two are near-duplicates, or when it credits the other's outlet as its source
    /// ("(Source: Northline Press)" under a story whose byline names Northline Press): a re-publication, however reworded.
    /// </summary>
    public static Dictionary<string, string> DuplicateRoots(Story story, IReadOnlyList<Annotated> members)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(members);
        var order = story.Articles.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var parent = Enumerable.Range(0, story.Articles.Length).ToArray();
        foreach (var group in story.Duplicates)
        {
            var indices = group.Where(order.ContainsKey).Select(id => order[id]).ToList();
            foreach (var index in indices.Skip(1))
            {
                Union(parent, indices[0], index);
            }
        }

        // A note crediting the article's own outlet ("(Reuters)" under a Reuters story) says nothing; one crediting
        // another member's outlet ties the article to that member's report (the earliest, if the outlet has several).
        foreach (var member in members)
        {
            foreach (var note in member.Article.SourceNotes.Where(n => n.Trim().Length >= MinimumOutletName && !Credits(n, member.Article)))
            {
                var original = members
                    .Where(o => !ReferenceEquals(o, member) && Credits(note, o.Article))
                    .OrderBy(o => o.Article.Published?.Date ?? DateOnly.MaxValue)
                    .ThenBy(o => order[o.Article.Id])
                    .FirstOrDefault();
                if (original is not null)
                {
                    Union(parent, order[member.Article.Id], order[original.Article.Id]);
                }
            }
        }

        // The report that counts is the original: one that credits no other member, then the earliest published, then the first.
        var byId = members.ToDictionary(m => m.Article.Id, m => m.Article, StringComparer.Ordinal);
        bool CreditsAnother(Extract.Article article) =>
            article.SourceNotes.Any(n => n.Trim().Length >= MinimumOutletName && !Credits(n, article) && members.Any(o => !ReferenceEquals(o.Article, article) && Credits(n, o.Article)));
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Enumerable.Range(0, parent.Length).GroupBy(i => Find(parent, i)).Where(g => g.Count() > 1))
        {
            var original = group
                .OrderBy(i => byId.TryGetValue(story.Articles[i], out var a) && CreditsAnother(a))
                .ThenBy(i => byId.TryGetValue(story.Articles[i], out var a) ? a.Published?.Date ?? DateOnly.MaxValue : DateOnly.MaxValue)
                .ThenBy(i => i)
                .First();
            foreach (var i in group.Where(i => i != original))
            {
                roots[story.Articles[i]] = story.Articles[original];
            }
        }

        return roots;
    }

    /// <summary>True when <paramref name="note"/> names the outlet that published <paramref name="article"/> (its publisher, or the outlet in its byline).</summary>
    private static bool Credits(string note, Extract.Article article)
    {
        var name = note.Trim().TrimEnd('.');
        return (article.Publisher is { } publisher && Names(publisher, name)) || (article.Byline is { } byline && Names(byline, name));
    }

    private static bool Names(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(text[at - 1])) && (at + name.Length == text.Length || !char.IsLetter(text[at + name.Length]));
    }

    /// <summary>Joins the groups of two members.</summary>
    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
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

    private static SourceScorecard Score(
        Annotated annotated,
        ArticleClaims claims,
        ImmutableArray<FactSlot> facts,
        DateSlot? eventDate,
        ImmutableArray<QuoteGroup> quotes,
        ImmutableArray<AssertionGroup> assertions,
        PlaceSlot? eventPlace,
        IReadOnlyDictionary<string, string> duplicateOf)
    {
        var id = claims.Article;
        var reports = facts.SelectMany(f => f.Reports).Where(r => r.Claim.Evidence.Article == id).ToList();
        var date = eventDate?.Reports.FirstOrDefault(r => r.Claim.Evidence.Article == id);
        var root = duplicateOf.GetValueOrDefault(id) ?? id;
        var quoteGroups = quotes.Where(g => g.Reports.Any(r => r.Claim.Evidence.Article == id)).ToList();
        var corroboratedQuotes = quoteGroups.Count(g => g.Reports.Any(r => (duplicateOf.GetValueOrDefault(r.Claim.Evidence.Article) ?? r.Claim.Evidence.Article) != root));
        var assertionGroups = assertions.Where(g => g.Reports.Any(r => r.Evidence.Article == id)).ToList();
        var place = eventPlace?.Reports.FirstOrDefault(r => r.Claim.Evidence.Article == id);
        var claimCount = reports.Count + (date is null ? 0 : 1) + (place is null ? 0 : 1) + quoteGroups.Count + assertionGroups.Count;
        var corroborated = reports.Count(r => r.Flags.Contains(ReportFlag.Corroborated))
            + (date?.Flags.Contains(ReportFlag.Corroborated) == true ? 1 : 0)
            + (place?.Flags.Contains(ReportFlag.Corroborated) == true ? 1 : 0)
            + corroboratedQuotes
            + assertionGroups.Count(g => g.Reports.Any(r => (duplicateOf.GetValueOrDefault(r.Evidence.Article) ?? r.Evidence.Article) != root));
        var article = annotated.Article;
        var removed = article.Removed.Sum(r => r.Text.Length);
        var words = annotated.Tokens.Count(t => char.IsLetterOrDigit(article.Body[t.Start]));
        return new SourceScorecard(
            id,
            claimCount,
            corroborated,
            reports.Count(r => r.Flags.Contains(ReportFlag.Disputed)) + (place?.Flags.Contains(ReportFlag.Disputed) == true ? 1 : 0),
            reports.Count(r => r.Flags.Contains(ReportFlag.Outlier)),
            reports.Count(r => r.Flags.Contains(ReportFlag.Stale)),
            (date?.Flags.Contains(ReportFlag.Misdated) == true ? 1 : 0) + (date is null ? claims.CalendarErrors.Length : 0),
            annotated.Attributions.Length,
            annotated.Quotes.Length,
            annotated.Quantities.Count(q => q.Kind == QuantityKind.Count),
            words,
            removed + article.Body.Length == 0 ? 0 : (double)removed / (removed + article.Body.Length),
            article.MachineDisclosures,
            duplicateOf.GetValueOrDefault(id));
    }
}
