namespace Triangulate.Annotate;

/// <summary>
/// One mention of a named entity: its span in the body, its type, the canonical name all mentions of the same
/// referent share, and the title or role the text gives it ("Prime Minister", "Hezbollah leader").
/// A role phrase standing for a named person ("the secretary of state") is a mention of that person.
/// </summary>
public sealed record EntityMention(int Start, int End, string Text, EntityType Type, string Canonical, string? Role)
{
    /// <summary>Length of the mention in characters.</summary>
    public int Length => End - Start;
}
