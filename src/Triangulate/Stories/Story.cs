using System.Collections.Immutable;

namespace Triangulate.Stories;

/// <summary>A named entity as a story knows it: canonical name, type, and how many of its articles name it.</summary>
public sealed record StoryEntity(string Name, string Type, int Articles);

/// <summary>One real-world event as told by several articles.</summary>
/// <param name="Id">Stable within one run: <c>s1</c>, <c>s2</c>, ... in order of each story's first article.</param>
/// <param name="Title">The most representative headline (or first sentence) among its articles.</param>
/// <param name="First">The earliest event date of its articles.</param>
/// <param name="Last">The latest event date of its articles.</param>
/// <param name="Articles">Member article ids in input order.</param>
/// <param name="Duplicates">Near-duplicate groups among its members: each counts once as evidence.</param>
/// <param name="Entities">Key people and organisations, most-named first.</param>
/// <param name="Places">Key places, most-named first.</param>
public sealed record Story(
    string Id,
    string Title,
    DateOnly? First,
    DateOnly? Last,
    ImmutableArray<string> Articles,
    ImmutableArray<ImmutableArray<string>> Duplicates,
    ImmutableArray<StoryEntity> Entities,
    ImmutableArray<StoryEntity> Places);
