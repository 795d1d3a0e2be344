using System.Collections.Immutable;
using Triangulate.Claims;

namespace Triangulate.Verify;

/// <summary>
/// Judges where each article puts the story's event. Places disagree only when neither is a country (a country
/// holds its towns) and the article does not name the other place anywhere.
/// </summary>
public static class PlaceChecker
{
    /// <summary>The event-place slot, or null when no article names one.</summary>
    public static PlaceSlot? Check(IReadOnlyList<ArticleClaims> claims, IReadOnlyDictionary<string, string> duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        var reports = claims.Where(c => c.EventPlace is not null).ToList();
        if (reports.Count == 0)
        {
            return null;
        }

        var independent = reports.OrderBy(c => duplicateOf.ContainsKey(c.Article)).GroupBy(c => duplicateOf.GetValueOrDefault(c.Article) ?? c.Article, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var consensus = independent
            .Where(c => !c.EventPlace!.Country)
            .GroupBy(c => c.EventPlace!.Place, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault() ?? independent[0].EventPlace!.Place;
        bool Agrees(ArticleClaims c) => c.EventPlace!.Country || c.EventPlace.Place == consensus || c.Mentions(consensus);
        var disputed = independent.Any(c => !Agrees(c));
        var result = reports.Select(c =>
        {
            var original = duplicateOf.GetValueOrDefault(c.Article);
            var root = original ?? c.Article;
            var flags = new List<ReportFlag>();
            if (original is not null)
            {
                flags.Add(ReportFlag.Duplicate);
            }

            if (!Agrees(c))
            {
                flags.Add(ReportFlag.Disputed);
            }
            else if (independent.Any(o => (duplicateOf.GetValueOrDefault(o.Article) ?? o.Article) != root && o.EventPlace!.Place == c.EventPlace!.Place))
            {
                flags.Add(ReportFlag.Corroborated);
            }

            return new PlaceReport(c.EventPlace!, [.. flags], original);
        }).ToImmutableArray();
        var status = independent.Count < 2 ? FactStatus.SingleSource : disputed ? FactStatus.Disputed : FactStatus.Agreed;
        return new PlaceSlot(status, consensus, result, independent.Count);
    }
}
