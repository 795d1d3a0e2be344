namespace Triangulate.Annotate.Ner;

/// <summary>64-bit hashing of feature parts without allocating strings.</summary>
internal static class FeatureHash
{
    private const ulong Prime = 0x100000001B3UL;
    private const ulong Offset = 0xCBF29CE484222325UL;

    /// <summary>Hash of a template id alone.</summary>
    public static ulong Of(int template) => Mix(Offset ^ (ulong)template * 0x9E3779B97F4A7C15UL);

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
    public static ulong Combine(int template, ulong a) => Mix((Of(template) ^ a) * Prime + 0x632BE59BD9B4E019UL);

    /// <summary>Combines a template id with two parts.</summary>
    public static ulong Combine(int template, ulong a, ulong b) => Combine(template, Mix(a * 31 + b));

    /// <summary>Combines a template id with three parts.</summary>
    public static ulong Combine(int template, ulong a, ulong b, ulong c) => Combine(template, Mix(Mix(a * 31 + b) * 31 + c));

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
