using Triangulate.Annotate.Quantities;
using Triangulate.Extract;

namespace Triangulate.Claims;

/// <summary>Where a claim was read: the article, the sentence (index and text) and the span of the claim itself.</summary>
/// <param name="Article">The article's id.</param>
/// <param name="Sentence">The sentence's index in the article's sentences.</param>
/// <param name="SentenceText">The sentence as written.</param>
/// <param name="Span">The claim's span in the article's body.</param>
public readonly record struct Evidence(string Article, int Sentence, string SentenceText, TextSpan Span);

/// <summary>
/// A figure an article states about the event: "more than 300 villagers killed, according to the ministry".
/// <see cref="Group"/> is who is counted, normalised so that wordings of the same people align ("people",
/// "residents" and "victims" are <c>people</c>; "Gazans" are <c>Palestinians</c>; "children" stay <c>children</c>).
/// </summary>
/// <param name="Evidence">Where the figure was read.</param>
/// <param name="Text">The figure as written ("at least 21 people").</param>
/// <param name="Event">What happened to those counted (killed, injured, displaced, ...).</param>
/// <param name="Group">Who or what is counted, normalised.</param>
/// <param name="Value">The figure.</param>
/// <param name="Low">The least the text allows (null: unbounded).</param>
/// <param name="High">The most the text allows (null: unbounded).</param>
/// <param name="Hedge">How the text qualifies the figure.</param>
/// <param name="Attribution">The source the sentence credits ("the regional health office"), if any.</param>
/// <param name="AsOf">The day the figure stands for: the date the sentence gives with "as of" or "by", else the publication date.</param>
/// <param name="Mentioned">The span of days the sentence's own time expressions cover, if it has any (a figure "in 2021" is about 2021).</param>
public sealed record CountClaim(
    Evidence Evidence,
    string Text,
    string Event,
    string Group,
    double? Value,
    double? Low,
    double? High,
    Hedge Hedge,
    string? Attribution,
    DateOnly? AsOf,
    DateRange? Mentioned)
{
    /// <summary>The figure to compare on a scale: the value, else a bound.</summary>
    public double Point => Value ?? Low ?? High ?? 0;
}

/// <summary>The day an article says the event happened, with the expression that says it.</summary>
/// <param name="Evidence">Where the date was read.</param>
/// <param name="Text">The time expression as written ("Tuesday", "Nov. 3").</param>
/// <param name="Date">The day it resolves to.</param>
/// <param name="WeekdayOnly">
/// True when the article names only a weekday and gives no date to place it (no publication date): <see cref="Date"/>
/// is then that weekday nearest the day the other sources give, read by the checker, not by the article.
/// </param>
public sealed record DateClaim(Evidence Evidence, string Text, DateOnly Date, bool WeekdayOnly = false);

/// <summary>A weekday an undated article names ("on Monday"), which nothing in the article places in the calendar.</summary>
/// <param name="Evidence">Where it was read.</param>
/// <param name="Text">The time expression as written.</param>
/// <param name="Day">The weekday it names.</param>
public sealed record WeekdayClaim(Evidence Evidence, string Text, DayOfWeek Day);

/// <summary>A weekday and a calendar date written together that the calendar says cannot both be true.</summary>
/// <param name="Evidence">Where they were read.</param>
/// <param name="Text">The words as written ("Monday, Nov. 3").</param>
/// <param name="Date">The calendar date.</param>
/// <param name="Stated">The weekday the text names.</param>
public sealed record CalendarError(Evidence Evidence, string Text, DateOnly Date, DayOfWeek Stated);

/// <summary>Words an article puts in someone's mouth.</summary>
/// <param name="Evidence">Where the quote was read.</param>
/// <param name="Text">The quoted words.</param>
/// <param name="Speaker">The speaker's canonical name, null when the text gives none or only a pronoun.</param>
/// <param name="Normalized">The words normalised for comparison.</param>
public sealed record QuoteClaim(Evidence Evidence, string Text, string? Speaker, string Normalized);

/// <summary>A span of days, both ends included.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End);

/// <summary>A key assertion: who did or said what ("the prime minister rejected a humanitarian cease-fire").</summary>
/// <param name="Evidence">Where it was read; the span runs from the subject to the end of the object.</param>
/// <param name="Subject">The canonical name of the person or organisation that acts.</param>
/// <param name="Act">What they did, normalised ("rejected" for "refuses", "dismissed").</param>
/// <param name="Opposite">The act that would contradict it ("accepted"), if any.</param>
/// <param name="Object">The words after the verb, up to the end of the clause.</param>
/// <param name="ObjectWords">The object's content words in lower case with plural endings folded ("proposals" is "proposal"), for comparison.</param>
public sealed record AssertionClaim(Evidence Evidence, string Subject, string Act, string? Opposite, string Object, System.Collections.Immutable.ImmutableArray<string> ObjectWords);

/// <summary>Where an article puts the event: the first place named in the sentence that dates it (else in its first sentence).</summary>
/// <param name="Evidence">Where it was read.</param>
/// <param name="Text">The place as written.</param>
/// <param name="Place">The place's canonical name.</param>
/// <param name="Country">True when the place is a country: too coarse to contradict a town.</param>
public sealed record PlaceClaim(Evidence Evidence, string Text, string Place, bool Country);
