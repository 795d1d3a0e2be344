using System.Collections.Immutable;
using Triangulate.Ingest;

namespace Triangulate.Extract;

/// <summary>One article's readable content and metadata, with everything removed kept and explained.</summary>
public sealed record Article
{
    /// <summary>The record's id when the input gave one, else a stable hash of source and content.</summary>
    public required string Id { get; init; }

    /// <summary>Input path, with <c>:LINE</c> for a JSONL record.</summary>
    public required string Source { get; init; }

    public MediaType MediaType { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public PublicationDate? Published { get; init; }

    public string? Publisher { get; init; }

    public string? Byline { get; init; }

    /// <summary>The place named in a dateline ("TEL AVIV –"), as written.</summary>
    public string? Dateline { get; init; }

    /// <summary>The body: paragraphs joined by a blank line. Every later span is an offset into this string.</summary>
    public required string Body { get; init; }

    /// <summary>Each paragraph's span in <see cref="Body"/>.</summary>
    public ImmutableArray<TextSpan> Paragraphs { get; init; } = [];

    /// <summary>Text left out of the body, with the reason.</summary>
    public ImmutableArray<RemovedText> Removed { get; init; } = [];

    /// <summary>Sources the text credits for itself ("(Source: Reuters)").</summary>
    public ImmutableArray<string> SourceNotes { get; init; } = [];

    /// <summary>Statements in the text that it was written by a machine, kept for the machine-text check.</summary>
    public ImmutableArray<string> MachineDisclosures { get; init; } = [];

    /// <summary>Problems met while reading that did not stop extraction (a replaced invalid byte, a dropped paragraph).</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];

    /// <summary>The encoding the bytes were decoded with.</summary>
    public string? Encoding { get; init; }

    /// <summary>Builds the body and paragraph spans from paragraph texts.</summary>
    public static (string Body, ImmutableArray<TextSpan> Spans) Join(IReadOnlyList<string> paragraphs)
    {
        var builder = new System.Text.StringBuilder();
        var spans = ImmutableArray.CreateBuilder<TextSpan>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            spans.Add(new TextSpan(builder.Length, paragraph.Length));
            builder.Append(paragraph);
        }

        return (builder.ToString(), spans.MoveToImmutable());
    }
}
