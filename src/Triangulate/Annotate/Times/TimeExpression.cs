namespace Triangulate.Annotate.Times;

/// <summary>The TIMEX3 type of a time expression.</summary>
public enum TimeExpressionType
{
    /// <summary>A calendar date or period: a day, week, month, quarter, season, year, decade.</summary>
    Date,

    /// <summary>A time of day, alone or on a date ("2 p.m.", "Friday night").</summary>
    Time,

    /// <summary>A length of time ("three weeks").</summary>
    Duration,

    /// <summary>A recurring time ("every day", "weekly").</summary>
    Set,
}

/// <summary>A time expression: its span in the text it was found in, TIMEX3 type and value, and why the value keeps X's.</summary>
public readonly record struct TimeExpression(
    int Start,
    int Length,
    string Text,
    TimeExpressionType Type,
    string Value,
    string? Reason = null)
{
    /// <summary>The offset just past the expression's last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the value is fully resolved (no X placeholders and no reason given).</summary>
    public bool IsResolved => Reason is null;
}
