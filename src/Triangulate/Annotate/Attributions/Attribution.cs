namespace Triangulate.Annotate.Attributions;

/// <summary>A source the text credits for a claim: "according to the UN", "AP News reported".</summary>
/// <param name="Start">Offset of the attribution phrase in the body.</param>
/// <param name="Length">Length of the phrase.</param>
/// <param name="Text">The phrase as written ("according to the UN").</param>
/// <param name="Source">The source as named ("the UN").</param>
/// <param name="SourceStart">Offset of the source mention.</param>
/// <param name="SourceLength">Length of the source mention.</param>
public readonly record struct Attribution(int Start, int Length, string Text, string Source, int SourceStart, int SourceLength)
{
    public int End => Start + Length;
}
