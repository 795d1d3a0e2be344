namespace Triangulate.Stories;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: signatures are cut into bands, and texts that share
/// any whole band become candidates, so finding a text's near-duplicates never scans the whole corpus.
/// </summary>
/// <remarks>With b bands of r rows, a pair of similarity s becomes a candidate with probability 1-(1-s^r)^b.</remarks>
public sealed class NearDuplicateIndex
{
    /// <summary>Bands per signature (with 128 positions: 32 bands of 4 rows, candidates from similarity ~0.4 up).</summary>
    public const int DefaultBands = 32;

    /// <summary>Estimated Jaccard similarity of 5-word shingles at or above which two texts are one report.</summary>
    public const double DefaultThreshold = 0.5;

    private readonly MinHasher _hasher;
    private readonly int _bands;
    private readonly int _rows;
    private readonly Dictionary<(int Band, ulong Key), List<int>> _buckets = [];
    private readonly List<uint[]> _signatures = [];

    public NearDuplicateIndex(MinHasher hasher, int bands = DefaultBands, double threshold = DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        if (bands < 1 || hasher.SignatureLength % bands != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bands), "bands must divide the signature length");
        }

        _hasher = hasher;
        _bands = bands;
        _rows = hasher.SignatureLength / bands;
        Threshold = threshold;
    }

    public double Threshold { get; }

    public int Count => _signatures.Count;

    /// <summary>Indexes a text and returns the earlier texts whose similarity reaches the threshold, most similar first.</summary>
    public IReadOnlyList<(int Index, double Similarity)> Add(ReadOnlySpan<char> text) => Add(_hasher.Signature(text));

    /// <summary>Indexes a signature and returns the earlier entries whose similarity reaches the threshold, most similar first.</summary>
    public IReadOnlyList<(int Index, double Similarity)> Add(uint[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var index = _signatures.Count;
        var candidates = new HashSet<int>();
        for (var band = 0; band < _bands; band++)
        {
            var key = BandKey(signature.AsSpan(band * _rows, _rows));
            if (!_buckets.TryGetValue((band, key), out var bucket))
            {
                bucket = [];
                _buckets[(band, key)] = bucket;
            }

            candidates.UnionWith(bucket);
            bucket.Add(index);
        }

        _signatures.Add(signature);
        return [.. candidates
            .Select(c => (Index: c, Similarity: MinHasher.Similarity(signature, _signatures[c])))
            .Where(c => c.Similarity >= Threshold)
            .OrderByDescending(c => c.Similarity)
            .ThenBy(c => c.Index)];
    }

    private static ulong BandKey(ReadOnlySpan<uint> rows)
    {
        var key = 1469598103934665603UL;
        foreach (var row in rows)
        {
            key = (key ^ row) * 1099511628211UL;
        }

        return key;
    }
}
