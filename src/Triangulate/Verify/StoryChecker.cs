using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Annotate.Quantities;
using Triangulate.Claims;
using Triangulate.Stories;

namespace Triangulate.Verify;

/// <summary>Cross-checks one story: aligns its articles' claims, judges each fact and quote, and scores each source.</summary>
public static class StoryChecker
{
    /// <summary>Verifies <paramref name="story"/> given its members (in story order) and their claims (same order).</summary>
    public static StoryFacts Check(Story story, IReadOnlyList<Annotated> members, IReadOnlyList<ArticleClaims> claims)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(claims);
        var duplicateOf = DuplicateRoots(story);
        var start = story.First ?? claims.Select(c => c.Published).Where(d => d is not null).Min();
        var facts = CountChecker.Check(claims, duplicateOf, start);
        var eventDate = DateChecker.Check(claims, duplicateOf);
        var eventPlace = PlaceChecker.Check(claims, duplicateOf);
        var quotes = QuoteChecker.Check(claims, duplicateOf);
        var assertions = AssertionChecker.Check(claims, duplicateOf);
        var scorecards = members.Zip(claims).Select(p => Score(p.First, p.Second, facts, eventDate, quotes, assertions, eventPlace, duplicateOf)).ToImmutableArray();
        return new StoryFacts(facts, eventDate, eventPlace, [.. claims.SelectMany(c => c.CalendarErrors)], quotes, assertions, scorecards);
    }

    /// <summary>For each near-duplicate member, the first member of its group: the one that counts.</summary>
    public static Dictionary<string, string> DuplicateRoots(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var order = story.Articles.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in story.Duplicates)
        {
            var members = group.Where(order.ContainsKey).OrderBy(id => order[id]).ToList();
            foreach (var id in members.Skip(1))
            {
                roots[id] = members[0];
            }
        }

        return roots;
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
