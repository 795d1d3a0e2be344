namespace Triangulate.Extract.PlainText;

/// <summary>
/// One candidate paragraph of plain text with its markup removed; a heading when the markup said so, and
/// already removed (with the reason) when the line was nothing but markup such as an image.
/// </summary>
internal readonly record struct TextUnit(string Text, bool IsHeading, RemovalReason? Removed = null);
