namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Words put in someone's mouth: the quoted span (without the quote marks), who said it as written, and the
/// text normalised for comparison across articles.
/// </summary>
/// <param name="Start">Offset of the first quoted character (after the opening mark).</param>
/// <param name="Length">Length of the quoted text.</param>
/// <param name="Text">The quoted text as written.</param>
/// <param name="Speaker">The speaker as named in the text ("Ortiz", "the ministry"), with pronouns resolved to the last named speaker; null when none is given.</param>
/// <param name="SpeakerStart">Offset of the speaker mention the attribution used, or -1.</param>
/// <param name="SpeakerLength">Length of that mention.</param>
/// <param name="Normalized">Lower case, letters and digits only, single spaces: equal for the same words however punctuated.</param>
/// <param name="Partial">True when the quote is a fragment inside a sentence of reported speech.</param>
public readonly record struct Quote(int Start, int Length, string Text, string? Speaker, int SpeakerStart, int SpeakerLength, string Normalized, bool Partial)
{
    public int End => Start + Length;
}
