using System.Collections.Immutable;

namespace Triangulate.Stories;

/// <summary>Two articles that tell one underlying report, with their estimated similarity.</summary>
/// <param name="First">The earlier article's id (input order).</param>
/// <param name="Second">The later article's id.</param>
/// <param name="Similarity">Estimated Jaccard similarity of their 5-word shingles, 0 to 1.</param>
/// <param name="Exact">True when the bodies are the same text once white space and case are folded.</param>
public readonly record struct DuplicatePair(string First, string Second, double Similarity, bool Exact);

/// <summary>Articles that are copies or light rewrites of one report: they count once as evidence.</summary>
/// <param name="Articles">Member ids in input order; the first is the group's representative.</param>
/// <param name="Pairs">The pairs that joined the group, each with its similarity.</param>
public sealed record DuplicateGroup(ImmutableArray<string> Articles, ImmutableArray<DuplicatePair> Pairs);
