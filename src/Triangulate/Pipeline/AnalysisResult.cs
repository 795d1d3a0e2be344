using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Ingest;
using Triangulate.Stories;

namespace Triangulate.Pipeline;

/// <summary>Everything <c>analyze</c> found: the articles read with their annotations, the inputs skipped, the near-duplicate groups, the stories and their briefs.</summary>
/// <param name="Articles">The articles read, annotated, with names unified per story.</param>
/// <param name="Skipped">Inputs that could not be read, with the reason.</param>
/// <param name="Duplicates">Near-duplicate groups.</param>
/// <param name="Stories">The stories, in order of their first article.</param>
/// <param name="Briefs">One per story, in the order of <paramref name="Stories"/>.</param>
public sealed record AnalysisResult(
    ImmutableArray<Annotated> Articles,
    ImmutableArray<Skipped> Skipped,
    ImmutableArray<DuplicateGroup> Duplicates,
    ImmutableArray<Story> Stories,
    ImmutableArray<StoryBrief> Briefs);
