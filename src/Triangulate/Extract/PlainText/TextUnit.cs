namespace Triangulate.Extract.PlainText;

/// <summary>One candidate paragraph of plain text with its markup removed; a heading when the markup said so.</summary>
internal readonly record struct TextUnit(string Text, bool IsHeading);
