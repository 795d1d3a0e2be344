using System.Collections.Immutable;
using Triangulate.Claims;

namespace Triangulate.Verify;

/// <summary>
/// Aligns key assertions across a story: the same subject, the same act and an object that shares most of its
/// content words are one assertion. An assertion is contradicted when a source gives the same subject the
/// opposite act (rejected / accepted, denied / confirmed) on the same matter.
/// </summary>
public static class AssertionChecker
{
    /// <summary>Share of the smaller object's content words the other must share for two objects to be the same matter.</summary>
    public const double SameObjectOverlap = 0.5;

    /// <summary>The story's assertion groups: contradicted first, then the most-sourced.</summary>
    public static ImmutableArray<AssertionGroup> Check(IReadOnlyList<ArticleClaims> claims, IReadOnlyDictionary<string, string> duplicateOf)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        var all = claims.SelectMany(c => c.Assertions).ToList();
        var groups = new List<List<AssertionClaim>>();
        foreach (var assertion in all)
        {
            var group = groups.FirstOrDefault(g => g[0].Subject == assertion.Subject && g[0].Act == assertion.Act && g.Any(o => SameObject(o, assertion)));
            if (group is null)
            {
                groups.Add([assertion]);
            }
            else
            {
                group.Add(assertion);
            }
        }

        return [.. groups
            .Select(g =>
            {
                var contradicting = all.Where(o => o.Subject == g[0].Subject && g[0].Opposite == o.Act && g.Any(a => SameObject(a, o))).ToImmutableArray();
                var sources = g.Select(a => duplicateOf.GetValueOrDefault(a.Evidence.Article) ?? a.Evidence.Article).Distinct(StringComparer.Ordinal).Count();
                var status = !contradicting.IsEmpty ? AssertionStatus.Contradicted : sources > 1 ? AssertionStatus.Corroborated : AssertionStatus.SingleSource;
                return new AssertionGroup(g[0].Subject, g[0].Act, g.MaxBy(a => a.ObjectWords.Length)!.Object, status, [.. g], sources, contradicting);
            })
            .OrderBy(g => g.Status == AssertionStatus.Contradicted ? 0 : 1)
            .ThenByDescending(g => g.Sources)];
    }

    private static bool SameObject(AssertionClaim a, AssertionClaim b)
    {
        var shared = a.ObjectWords.Count(b.ObjectWords.Contains);
        return shared > 0 && shared >= SameObjectOverlap * Math.Min(a.ObjectWords.Length, b.ObjectWords.Length);
    }
}
