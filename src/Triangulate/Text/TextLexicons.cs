using System.Collections.Frozen;

namespace Triangulate.Lexical;

/// <summary>The word lists the tokenizer and sentence splitter consult, loaded once from text-lexicons/.</summary>
internal sealed class TextLexicons
{
    private static readonly Lazy<TextLexicons> Instance = new(Load);

    private TextLexicons(FrozenSet<string> titles, FrozenSet<string> abbreviations, FrozenSet<string> starters)
    {
        TitleAbbreviations = titles;
        Abbreviations = abbreviations;
        SentenceStarters = starters;
    }

    /// <summary>The shared instance.</summary>
    public static TextLexicons Default => Instance.Value;

    /// <summary>Abbreviations written before a name ("Mr.", "Sen."), with their period; never sentence-final.</summary>
    public FrozenSet<string> TitleAbbreviations { get; }

    /// <summary>Other abbreviations with their period ("Inc.", "Oct."); sentence-final only before a sentence starter.</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Words that usually open a sentence.</summary>
    public FrozenSet<string> SentenceStarters { get; }

    /// <summary>True when <paramref name="word"/> (with its final period) is a known abbreviation of either kind.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) =>
        TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
        || Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    private static TextLexicons Load() => new(
        Resource.Lines("text-lexicons/title-abbreviations.txt").ToFrozenSet(StringComparer.Ordinal),
        Resource.Lines("text-lexicons/abbreviations.txt").ToFrozenSet(StringComparer.Ordinal),
        Resource.Lines("text-lexicons/sentence-starters.txt").ToFrozenSet(StringComparer.Ordinal));
}
