namespace Triangulate.Annotate.Quantities;

/// <summary>How a figure is qualified in the text: "more than 200", "about 240".</summary>
public enum Hedge
{
    None,
    MoreThan,
    AtLeast,
    About,
    Nearly,
    UpTo,
    FewerThan,
    Exactly,
}

/// <summary>What a number measures.</summary>
public enum QuantityKind
{
    /// <summary>A count of people or things.</summary>
    Count,

    /// <summary>A percentage.</summary>
    Percent,

    /// <summary>An amount of money.</summary>
    Money,
}

/// <summary>Whether a figure counts what befell people in one event or sums many events.</summary>
public enum QuantityScope
{
    /// <summary>One event's figure, as far as the sentence tells: "two men were killed on Friday".</summary>
    Event,

    /// <summary>A total over many events or a period: "five people were killed in separate shootings across the city".</summary>
    Aggregate,

    /// <summary>An earlier event's figure, in a sentence dated years before the article: "in 2007, a gunman killed 32 people".</summary>
    Past,
}

/// <summary>
/// A figure found in text, as a span with its value and bounds. <see cref="Low"/> and <see cref="High"/> turn
/// the hedge into an interval (null: unbounded); <see cref="Counted"/> and <see cref="Event"/> say who or what
/// is counted and what happened to them ("more than 200 | Palestinians | killed").
/// </summary>
public readonly record struct Quantity(
    int Start,
    int Length,
    string Text,
    QuantityKind Kind,
    double? Value,
    double? Low,
    double? High,
    Hedge Hedge,
    string? Unit,
    string? Counted,
    string? Event)
{
    public int End => Start + Length;

    /// <summary>Whether the figure is one event's, a total over many (<see cref="QuantityScope.Aggregate"/>) or an earlier event's (<see cref="QuantityScope.Past"/>).</summary>
    public QuantityScope Scope { get; init; }
}
