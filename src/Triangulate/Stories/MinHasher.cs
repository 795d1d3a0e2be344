using System.Numerics;

namespace Triangulate.Stories;

/// <summary>
/// MinHash signatures over word shingles: two texts' signatures agree in a share of positions that
/// estimates the Jaccard similarity of their shingle sets.
/// </summary>
public sealed class MinHasher
{
    /// <summary>Positions in a signature; the estimate's standard error is about 1/sqrt of this.</summary>
    public const int DefaultSignatureLength = 128;

    /// <summary>Words per shingle: long enough that shared phrasing, not shared vocabulary, makes texts similar.</summary>
    public const int DefaultShingleWords = 5;

    private readonly ulong[] _seeds;
    private readonly ulong[] _multipliers;

    public MinHasher(int signatureLength = DefaultSignatureLength, int shingleWords = DefaultShingleWords)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(signatureLength, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleWords, 1);
        ShingleWords = shingleWords;
        _seeds = new ulong[signatureLength];
        _multipliers = new ulong[signatureLength];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < _seeds.Length; i++)
        {
            state = SplitMix(state);
            _seeds[i] = state;
            state = SplitMix(state);
            _multipliers[i] = state | 1;
        }
    }

    public int SignatureLength => _seeds.Length;

    public int ShingleWords { get; }

    /// <summary>The signature of <paramref name="text"/>; a text shorter than one shingle hashes its words as one shingle.</summary>
    public uint[] Signature(ReadOnlySpan<char> text)
    {
        var signature = new uint[_seeds.Length];
        Array.Fill(signature, uint.MaxValue);
        // One mix per shingle, then one multiply-add per position (multiply-shift hashing): the positions are
        // independent hash functions at a fraction of the cost of mixing each one afresh.
        foreach (var shingle in Shingles(text, ShingleWords))
        {
            var mixed = SplitMix(shingle);
            for (var i = 0; i < _seeds.Length; i++)
            {
                var h = (uint)(((_multipliers[i] * mixed) + _seeds[i]) >> 32);
                if (h < signature[i])
                {
                    signature[i] = h;
                }
            }
        }

        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of positions where the signatures agree.</summary>
    public static double Similarity(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length != b.Length || a.IsEmpty)
        {
            throw new ArgumentException("signatures must be non-empty and of equal length");
        }

        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }

        return (double)same / a.Length;
    }

    /// <summary>Hashes of each run of <paramref name="size"/> consecutive lower-cased words (letters and digits).</summary>
    internal static List<ulong> Shingles(ReadOnlySpan<char> text, int size)
    {
        var words = new List<ulong>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var hash = 14695981039346656037UL;
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 1099511628211UL;
                i++;
            }

            if (i > start)
            {
                words.Add(hash);
            }
        }

        var shingles = new List<ulong>(Math.Max(1, words.Count - size + 1));
        if (words.Count == 0)
        {
            return shingles;
        }

        var count = Math.Max(1, words.Count - size + 1);
        for (var s = 0; s < count; s++)
        {
            var h = 0UL;
            for (var w = s; w < Math.Min(words.Count, s + size); w++)
            {
                h = BitOperations.RotateLeft(h, 17) ^ words[w];
                h *= 0xBF58476D1CE4E5B9UL;
            }

            shingles.Add(h);
        }

        return shingles;
    }

    private static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
