namespace Triangulate.Extract;

/// <summary>Text left out of the body, kept with the reason it was removed.</summary>
public sealed record RemovedText(string Text, RemovalReason Reason);
