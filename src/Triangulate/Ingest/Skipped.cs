namespace Triangulate.Ingest;

/// <summary>An input that was reported and left out, with the reason in one line.</summary>
/// <param name="Source">The path (with <c>:LINE</c> for a JSONL record).</param>
/// <param name="Reason">Why it was skipped, in plain words.</param>
public sealed record Skipped(string Source, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Reason}";
}
