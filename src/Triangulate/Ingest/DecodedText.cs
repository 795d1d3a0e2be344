namespace Triangulate.Ingest;

/// <summary>Bytes turned into text, with the encoding used and anything worth a warning.</summary>
/// <param name="Text">The decoded text, without a byte order mark.</param>
/// <param name="EncodingName">The web name of the encoding used (utf-8, utf-16, windows-1252, ...).</param>
/// <param name="Warning">Set when bytes were replaced or the declared charset was overruled.</param>
public readonly record struct DecodedText(string Text, string EncodingName, string? Warning);
