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
        // Only assertions with the same subject and act can be one; only those with the opposite act can contradict.
        var byAct = all.ToLookup(a => (a.Subject, a.Act));
        var groups = new List<List<AssertionClaim>>();
        foreach (var same in byAct)
        {
            var local = new List<List<AssertionClaim>>();
            foreach (var assertion in same)
            {
                var group = local.FirstOrDefault(g => g.Any(o => SameObject(o, assertion)));
                if (group is null)
                {
                    local.Add([assertion]);
                }
                else
                {
                    group.Add(assertion);
                }
            }

            groups.AddRange(local);
        }

        // In order of first appearance, as the story tells them.
        var order = new Dictionary<AssertionClaim, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Count; i++)
        {
            order[all[i]] = i;
        }

        groups.Sort((a, b) => order[a[0]].CompareTo(order[b[0]]));

        return [.. groups
            .Select(g =>
            {
                var contradicting = g[0].Opposite is { } opposite
                    ? byAct[(g[0].Subject, opposite)].Where(o => g.Any(a => SameObject(a, o))).ToImmutableArray()
                    : [];
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
