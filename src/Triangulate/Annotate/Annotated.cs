using System.Collections.Immutable;
using Triangulate.Extract;

namespace Triangulate.Annotate;

/// <summary>An article with its sentences, tokens and entity mentions; every span is an offset into <see cref="Article.Body"/>.</summary>
public sealed record Annotated
{
    /// <summary>The article annotated.</summary>
    public required Article Article { get; init; }

    /// <summary>Sentence spans, in order.</summary>
    public ImmutableArray<TextSpan> Sentences { get; init; } = [];

    /// <summary>Token spans, in order.</summary>
    public ImmutableArray<TextSpan> Tokens { get; init; } = [];

    /// <summary>Entity mentions, in order of their start.</summary>
    public ImmutableArray<EntityMention> Entities { get; init; } = [];
}
