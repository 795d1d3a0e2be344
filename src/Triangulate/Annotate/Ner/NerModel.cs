using System.IO.Compression;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Ner;

/// <summary>
/// The trained entity tagger's weights: hashed features to one weight per tag, in an open-addressing table.
/// Stored Brotli-compressed with half-precision weights and only the non-zero ones; loaded once, read-only.
/// </summary>
internal sealed class NerModel : INerWeights
{
    /// <summary>Path of the shipped model under Resources.</summary>
    public const string ResourcePath = "models/ner.bin";

    private const uint Magic = 0x52454E54; // "TNER"
    private const int Version = 1;

    private static readonly Lazy<NerModel> Instance = new(() =>
    {
        using var stream = Resource.Open(ResourcePath);
        return Load(stream);
    });

    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly int _mask;

    private NerModel(ulong[] keys, int[] rows, float[] weights)
    {
        _keys = keys;
        _rows = rows;
        _weights = weights;
        _mask = keys.Length - 1;
    }

    /// <summary>The shipped model.</summary>
    public static NerModel Default => Instance.Value;

    /// <summary>Number of features with weights.</summary>
    public int FeatureCount => _weights.Length / NerTags.Count;

    /// <inheritdoc/>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var keys = _keys;
        var weights = _weights;
        foreach (var feature in features)
        {
            var key = feature == 0 ? 1 : feature;
            var slot = (int)(key >> 20) & _mask;
            while (true)
            {
                var found = keys[slot];
                if (found == key)
                {
                    var row = weights.AsSpan(_rows[slot] * NerTags.Count, NerTags.Count);
                    for (var t = 0; t < row.Length; t++)
                    {
                        scores[t] += row[t];
                    }

                    break;
                }

                if (found == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }
    }

    /// <inheritdoc/>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted) =>
        throw new NotSupportedException("the shipped model is read-only");

    /// <summary>Writes weights (feature, one weight per tag) in the compact model format.</summary>
    public static void Save(Stream stream, IReadOnlyList<(ulong Feature, float[] Weights)> features)
    {
        using var brotli = new BrotliStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(brotli);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(NerTags.Count);
        writer.Write(features.Count);
        foreach (var (feature, weights) in features)
        {
            writer.Write(feature);
            var mask = 0;
            for (var t = 0; t < NerTags.Count; t++)
            {
                if ((Half)weights[t] != Half.Zero)
                {
                    mask |= 1 << t;
                }
            }

            writer.Write(mask);
            for (var t = 0; t < NerTags.Count; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    writer.Write((Half)weights[t]);
                }
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    public static NerModel Load(Stream stream)
    {
        using var brotli = new BrotliStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16));
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version || reader.ReadInt32() != NerTags.Count)
        {
            throw new InvalidDataException("not an entity model of this version");
        }

        var count = reader.ReadInt32();
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var keys = new ulong[capacity];
        var rows = new int[capacity];
        var weights = new float[count * NerTags.Count];
        var mask = capacity - 1;
        for (var r = 0; r < count; r++)
        {
            var key = reader.ReadUInt64();
            key = key == 0 ? 1 : key;
            var present = reader.ReadInt32();
            for (var t = 0; t < NerTags.Count; t++)
            {
                if ((present & (1 << t)) != 0)
                {
                    weights[r * NerTags.Count + t] = (float)reader.ReadHalf();
                }
            }

            var slot = (int)(key >> 20) & mask;
            while (keys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = key;
            rows[slot] = r;
        }

        return new NerModel(keys, rows, weights);
    }
}
