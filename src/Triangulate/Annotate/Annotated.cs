using System.Collections.Immutable;
using Triangulate.Annotate.Attributions;
using Triangulate.Annotate.Quantities;
using Triangulate.Annotate.Quotes;
using Triangulate.Annotate.Times;
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

    /// <summary>Time expressions with TIMEX3 values resolved against the publication date, in text order.</summary>
    public ImmutableArray<TimeExpression> Times { get; init; } = [];

    /// <summary>Figures with their hedges, bounds, counted group and event, in text order.</summary>
    public ImmutableArray<Quantity> Quantities { get; init; } = [];

    /// <summary>Quotations with their speakers (canonical names where an entity was found), in text order.</summary>
    public ImmutableArray<Quote> Quotes { get; init; } = [];

    /// <summary>Sources credited for claims ("according to the UN"), in text order.</summary>
    public ImmutableArray<Attribution> Attributions { get; init; } = [];
}
