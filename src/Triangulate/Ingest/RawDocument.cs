namespace Triangulate.Ingest;

/// <summary>One article as it arrived: where from, its bytes, and what kind of document they are.</summary>
/// <param name="Source">The input path, with <c>:LINE</c> for a JSONL record, or <c>-</c> for stdin.</param>
/// <param name="Id">The id the input gave the record, if any.</param>
/// <param name="MediaType">Plain text or HTML, detected by content and name.</param>
/// <param name="Bytes">The raw (decompressed) bytes, not yet decoded.</param>
/// <param name="FetchedAt">When the bytes were read.</param>
/// <param name="Hints">Metadata supplied with the content.</param>
public sealed record RawDocument(
    string Source,
    string? Id,
    MediaType MediaType,
    ReadOnlyMemory<byte> Bytes,
    DateTimeOffset FetchedAt,
    DocumentHints Hints);
