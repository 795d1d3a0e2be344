using System.Collections.Immutable;
using Triangulate.Extract;
using Triangulate.Ingest;
using Triangulate.Stories;

namespace Triangulate.Pipeline;

/// <summary>Everything <c>analyze</c> found: the articles read, the inputs skipped, and the near-duplicate groups.</summary>
public sealed record AnalysisResult(
    ImmutableArray<Article> Articles,
    ImmutableArray<Skipped> Skipped,
    ImmutableArray<DuplicateGroup> Duplicates);
