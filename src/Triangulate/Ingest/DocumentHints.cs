namespace Triangulate.Ingest;

/// <summary>Metadata the input supplied alongside the content (a JSONL record's fields, a declared charset).</summary>
public sealed record DocumentHints
{
    /// <summary>No hints.</summary>
    public static DocumentHints None { get; } = new();

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public string? Publisher { get; init; }

    /// <summary>Charset declared outside the content (for example an HTTP Content-Type header).</summary>
    public string? Charset { get; init; }
}
