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
        Titles = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        Others = abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        Starters = starters.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The shared instance.</summary>
    public static TextLexicons Default => Instance.Value;

    /// <summary>Abbreviations written before a name ("Mr.", "Sen."), with their period; never sentence-final.</summary>
    public FrozenSet<string> TitleAbbreviations { get; }

    /// <summary>Other abbreviations with their period ("Inc.", "Oct."); sentence-final only before a sentence starter.</summary>
    public FrozenSet<string> Abbreviations { get; }

    /// <summary>Words that usually open a sentence.</summary>
    public FrozenSet<string> SentenceStarters { get; }

    /// <summary>Span lookup into <see cref="TitleAbbreviations"/>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles { get; }

    /// <summary>Span lookup into <see cref="Abbreviations"/>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Others { get; }

    /// <summary>Span lookup into <see cref="SentenceStarters"/>.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters { get; }

    /// <summary>True when <paramref name="word"/> (with its final period) is a known abbreviation of either kind.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => Titles.Contains(word) || Others.Contains(word);

    private static TextLexicons Load() => new(
        Resource.Lines("text-lexicons/title-abbreviations.txt").ToFrozenSet(StringComparer.Ordinal),
        Resource.Lines("text-lexicons/abbreviations.txt").ToFrozenSet(StringComparer.Ordinal),
        Resource.Lines("text-lexicons/sentence-starters.txt").ToFrozenSet(StringComparer.Ordinal));
}
