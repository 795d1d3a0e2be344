using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// What became of the people counted as shot, read over the whole article: "shot" covers the killed and the
/// wounded, so when the article names no death anywhere, everyone it reports shot was wounded.
/// </summary>
internal static class ShotOutcomes
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeathWords =
        Lexicon.Words("quantities/word-classes.tsv", "article-death-words").ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The article's quantities with "shot" read as "injured" when <paramref name="text"/> reports no death.</summary>
    public static ImmutableArray<Quantity> Resolve(string text, ImmutableArray<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!quantities.Any(q => q.Event == "shot") || quantities.Any(q => q.Event == "killed") || NamesADeath(text))
        {
            return quantities;
        }

        return [.. quantities.Select(q => q.Event == "shot" ? q with { Event = "injured" } : q)];
    }

    /// <summary>True when any word of <paramref name="text"/> is a death word, in one pass over the text.</summary>
    private static bool NamesADeath(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i - start is >= 4 and <= 10 && DeathWords.Contains(text.AsSpan(start, i - start)))
            {
                return true;
            }
        }

        return false;
    }
}
