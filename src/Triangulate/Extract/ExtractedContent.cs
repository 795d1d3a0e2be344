using System.Collections.Immutable;

namespace Triangulate.Extract;

/// <summary>What a format-specific extractor found, before the shared rules (ids, limits, hints) make it an <see cref="Article"/>.</summary>
internal sealed record ExtractedContent
{
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public string? Title { get; init; }

    public string? Published { get; init; }

    public string? Publisher { get; init; }

    public string? Byline { get; init; }

    public string? Dateline { get; init; }

    public string? Url { get; init; }

    public ImmutableArray<RemovedText> Removed { get; init; } = [];

    public ImmutableArray<string> SourceNotes { get; init; } = [];

    public ImmutableArray<string> MachineDisclosures { get; init; } = [];

    public ImmutableArray<string> Warnings { get; init; } = [];
}
