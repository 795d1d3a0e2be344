using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Ingest;
using Triangulate.Stories;

namespace Triangulate.Pipeline;

/// <summary>Everything <c>analyze</c> found: the articles read with their annotations, the inputs skipped, the near-duplicate groups and the stories.</summary>
public sealed record AnalysisResult(
    ImmutableArray<Annotated> Articles,
    ImmutableArray<Skipped> Skipped,
    ImmutableArray<DuplicateGroup> Duplicates,
    ImmutableArray<Story> Stories);
