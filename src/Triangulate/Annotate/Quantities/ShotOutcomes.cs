using System.Collections.Immutable;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// What became of the people counted as shot, read over the whole article: "shot" covers the killed and the
/// wounded, so when the article names no death anywhere, everyone it reports shot was wounded.
/// </summary>
internal static class ShotOutcomes
{
    private static readonly string[] DeathWords = Lexicon.Words("quantities/word-classes.tsv", "article-death-words");

    /// <summary>The article's quantities with "shot" read as "injured" when <paramref name="text"/> reports no death.</summary>
    public static ImmutableArray<Quantity> Resolve(string text, ImmutableArray<Quantity> quantities)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!quantities.Any(q => q.Event == "shot") || quantities.Any(q => q.Event == "killed") || DeathWords.Any(word => ContainsWord(text, word)))
        {
            return quantities;
        }

        return [.. quantities.Select(q => q.Event == "shot" ? q with { Event = "injured" } : q)];
    }

    private static bool ContainsWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
