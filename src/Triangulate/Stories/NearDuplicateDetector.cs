using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Triangulate.Extract;

namespace Triangulate.Stories;

/// <summary>Finds exact and near-duplicate articles (wire copy, light rewrites) with MinHash and LSH.</summary>
/// <param name="hasher">The signature maker; the default has 128 positions over 5-word shingles.</param>
/// <param name="threshold">The estimated Jaccard similarity at which two articles are near-duplicates.</param>
/// <param name="parallelism">Threads that compute signatures and fingerprints (the index itself is filled in order on one).</param>
public sealed class NearDuplicateDetector(MinHasher? hasher = null, double threshold = NearDuplicateIndex.DefaultThreshold, int parallelism = 1)
{
    private readonly MinHasher _hasher = hasher ?? new MinHasher();

    /// <summary>Groups the articles; articles with no near-duplicate are not listed.</summary>
    public ImmutableArray<DuplicateGroup> Detect(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var index = new NearDuplicateIndex(_hasher, NearDuplicateIndex.DefaultBands, threshold);
        var fingerprints = new string[articles.Count];
        var signatures = new uint[articles.Count][];
        Parallel.For(
            0,
            articles.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            i =>
            {
                fingerprints[i] = Fingerprint(articles[i].Body);
                signatures[i] = _hasher.Signature(articles[i].Body);
            });
        var parent = Enumerable.Range(0, articles.Count).ToArray();
        var pairs = new List<(int A, int B, DuplicatePair Pair)>();
        for (var i = 0; i < articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (j, similarity) in index.Add(signatures[i]))
            {
                var exact = fingerprints[i] == fingerprints[j];
                pairs.Add((j, i, new DuplicatePair(articles[j].Id, articles[i].Id, exact ? 1.0 : similarity, exact)));
                Union(parent, j, i);
            }
        }

        return [.. pairs
            .GroupBy(p => Find(parent, p.A))
            .OrderBy(g => g.Key)
            .Select(g => new DuplicateGroup(
                [.. g.SelectMany(p => new[] { p.A, p.B }).Distinct().Order().Select(k => articles[k].Id)],
                [.. g.Select(p => p.Pair)]))];
    }

    /// <summary>A hash of the body with case and white space folded, for exact-copy detection.</summary>
    private static string Fingerprint(string body)
    {
        var folded = new StringBuilder(body.Length);
        var space = false;
        foreach (var c in body)
        {
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(char.ToLowerInvariant(c));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folded.ToString())));
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
