using System.Numerics;

namespace Triangulate.Annotate.Ner;

/// <summary>64-bit hashing of feature parts without allocating strings.</summary>
internal static class FeatureHash
{
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Offset = 0xCBF29CE484222325UL;
    private const ulong K1 = 0x9E3779B97F4A7C15UL;
    private const ulong K2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong K3 = 0x165667B19E3779F9UL;

    private static readonly ulong[] Seeds = Enumerable.Range(0, 128).Select(t => Mix(Offset ^ ((ulong)t * K1))).ToArray();

    /// <summary>Hash of a template id alone.</summary>
    public static ulong Of(int template) => Seeds[template];

    /// <summary>Hash of a string of characters.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var h = Offset;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Combines a template id with one part.</summary>
    public static ulong Combine(int template, ulong a) => Mix(Seeds[template] ^ (a * K1));

    /// <summary>Combines a template id with two parts.</summary>
    public static ulong Combine(int template, ulong a, ulong b) => Mix(Seeds[template] ^ (a * K1) ^ BitOperations.RotateLeft(b * K2, 31));

    /// <summary>Combines a template id with three parts.</summary>
    public static ulong Combine(int template, ulong a, ulong b, ulong c) =>
        Mix(Seeds[template] ^ (a * K1) ^ BitOperations.RotateLeft(b * K2, 31) ^ BitOperations.RotateLeft(c * K3, 17));

    private static ulong Mix(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
