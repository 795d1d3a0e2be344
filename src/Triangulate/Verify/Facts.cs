using System.Collections.Immutable;
using Triangulate.Claims;

namespace Triangulate.Verify;

/// <summary>What the sources together say about one fact.</summary>
public enum FactStatus
{
    /// <summary>Two or more independent sources, every pair of values compatible given their hedges.</summary>
    Agreed,

    /// <summary>At least two independent sources state incompatible values.</summary>
    Disputed,

    /// <summary>Only one independent source states it.</summary>
    SingleSource,
}

/// <summary>What is wrong, or special, about one report of a fact.</summary>
public enum ReportFlag
{
    /// <summary>Far from every other report: an order of magnitude or more on a log scale.</summary>
    Outlier,

    /// <summary>An older figure where newer ones exist, or a cumulative toll lower than an earlier report's.</summary>
    Stale,

    /// <summary>Incompatible with the consensus, for no reason the checker can name.</summary>
    Disputed,

    /// <summary>Dates the event to a day the other sources do not, or names a weekday the date does not fall on.</summary>
    Misdated,

    /// <summary>A near-duplicate of an earlier article's report: shown, counted once.</summary>
    Duplicate,

    /// <summary>Matched by another independent source.</summary>
    Corroborated,
}

/// <summary>The value the sources support: a figure with the bounds every supporting report allows.</summary>
public readonly record struct Consensus(double Value, double? Low, double? High);

/// <summary>One article's statement of a fact, with what the checker found about it.</summary>
/// <param name="Claim">The figure as the article states it, with its sentence.</param>
/// <param name="Flags">What the checker found.</param>
/// <param name="Reason">Why, in plain words, when a flag needs explaining.</param>
/// <param name="DuplicateOf">The article whose report this one repeats (near-duplicate), if any.</param>
public sealed record FactReport(CountClaim Claim, ImmutableArray<ReportFlag> Flags, string? Reason, string? DuplicateOf);

/// <summary>Claims about one figure aligned across a story's articles: the toll, the number displaced, ...</summary>
/// <param name="Event">What happened to those counted.</param>
/// <param name="Group">Who is counted, normalised.</param>
/// <param name="Status">Agreed, disputed or single-source.</param>
/// <param name="Consensus">The value the independent, non-outlier, current reports support.</param>
/// <param name="Reports">One report per article that states the figure, in story order.</param>
/// <param name="Sources">How many independent sources (near-duplicates counted once) report it.</param>
public sealed record FactSlot(string Event, string Group, FactStatus Status, Consensus? Consensus, ImmutableArray<FactReport> Reports, int Sources);

/// <summary>One article's day for the event, with what the checker found about it.</summary>
public sealed record DateReport(DateClaim Claim, ImmutableArray<ReportFlag> Flags, string? Reason, string? DuplicateOf);

/// <summary>The day the story's event happened, as each article gives it.</summary>
public sealed record DateSlot(FactStatus Status, DateOnly? Consensus, ImmutableArray<DateReport> Reports, int Sources);

/// <summary>One article's place for the event, with what the checker found about it.</summary>
public sealed record PlaceReport(PlaceClaim Claim, ImmutableArray<ReportFlag> Flags, string? DuplicateOf);

/// <summary>Where the story's event happened, as each article gives it.</summary>
public sealed record PlaceSlot(FactStatus Status, string? Consensus, ImmutableArray<PlaceReport> Reports, int Sources);

/// <summary>What the checker found about a quote across a story.</summary>
public enum QuoteStatus
{
    /// <summary>Two or more independent sources give the same words to the same speaker.</summary>
    Consistent,

    /// <summary>One independent source only.</summary>
    SingleSource,

    /// <summary>The same quote in different wording (paraphrase drift).</summary>
    Drift,

    /// <summary>The same words given to different speakers.</summary>
    Misattributed,
}

/// <summary>One article's rendering of a quote.</summary>
public sealed record QuoteReport(QuoteClaim Claim, string? DuplicateOf);

/// <summary>A quote as the story's articles give it: one wording or several, one speaker or several.</summary>
/// <param name="Text">The fullest wording.</param>
/// <param name="Speaker">The speaker most reports name, null when none does.</param>
/// <param name="Status">The most serious finding.</param>
/// <param name="Speakers">Every distinct speaker named.</param>
/// <param name="Reports">Each article's wording, in story order.</param>
/// <param name="Sources">Independent sources (near-duplicates counted once).</param>
public sealed record QuoteGroup(string Text, string? Speaker, QuoteStatus Status, ImmutableArray<string> Speakers, ImmutableArray<QuoteReport> Reports, int Sources);

/// <summary>What the checker found about a key assertion across a story.</summary>
public enum AssertionStatus
{
    /// <summary>Two or more independent sources report it.</summary>
    Corroborated,

    /// <summary>One independent source reports it.</summary>
    SingleSource,

    /// <summary>Another source reports the opposite act by the same subject on the same matter.</summary>
    Contradicted,
}

/// <summary>A key assertion as the story's articles report it.</summary>
/// <param name="Subject">Who acts (canonical name).</param>
/// <param name="Act">What they did.</param>
/// <param name="Object">The fullest wording of what it was about.</param>
/// <param name="Status">Corroborated, single-source or contradicted.</param>
/// <param name="Reports">Each article's report, in story order.</param>
/// <param name="Sources">Independent sources (near-duplicates counted once).</param>
/// <param name="Contradicting">Reports of the opposite act on the same matter.</param>
public sealed record AssertionGroup(string Subject, string Act, string Object, AssertionStatus Status, ImmutableArray<AssertionClaim> Reports, int Sources, ImmutableArray<AssertionClaim> Contradicting);

/// <summary>How one article fares against the others in its story.</summary>
/// <param name="Article">The article's id.</param>
/// <param name="Claims">Its checkable claims: figures, the event's day, quotes, key assertions.</param>
/// <param name="Corroborated">How many of them another independent source matches.</param>
/// <param name="Disputed">Figures incompatible with the consensus.</param>
/// <param name="Outliers">Figures flagged as outliers.</param>
/// <param name="Stale">Figures flagged as stale.</param>
/// <param name="Misdated">Dates flagged as misdated.</param>
/// <param name="NamedSources">Attributions ("according to ...").</param>
/// <param name="Quotes">Quotes.</param>
/// <param name="Figures">Counts of people or things.</param>
/// <param name="Words">Words in the body.</param>
/// <param name="BoilerplateShare">The share of the text read that was furniture, not body.</param>
/// <param name="MachineDisclosures">The article's own statements that a machine wrote it.</param>
/// <param name="DuplicateOf">The earlier article it near-duplicates, if any.</param>
public sealed record SourceScorecard(
    string Article,
    int Claims,
    int Corroborated,
    int Disputed,
    int Outliers,
    int Stale,
    int Misdated,
    int NamedSources,
    int Quotes,
    int Figures,
    int Words,
    double BoilerplateShare,
    ImmutableArray<string> MachineDisclosures,
    string? DuplicateOf)
{
    /// <summary>Share of its claims another independent source matches (0 when it has none).</summary>
    public double CorroboratedShare => Claims == 0 ? 0 : (double)Corroborated / Claims;

    /// <summary>Named sources, quotes and figures per 100 words.</summary>
    public double Specificity => Words == 0 ? 0 : 100.0 * (NamedSources + Quotes + Figures) / Words;
}

/// <summary>The verified facts of one story: aligned figures, the event's day, calendar slips, quotes, key assertions and per-source scorecards.</summary>
/// <param name="Repeats">For each member that repeats another's report (near-duplicate or re-publication), the member whose report counts.</param>
/// <param name="Facts"></param>
/// <param name="EventDate"></param>
/// <param name="EventPlace"></param>
/// <param name="CalendarErrors"></param>
/// <param name="Quotes"></param>
/// <param name="Assertions"></param>
/// <param name="Scorecards"></param>
public sealed record StoryFacts(
    IReadOnlyDictionary<string, string> Repeats,
    ImmutableArray<FactSlot> Facts,
    DateSlot? EventDate,
    PlaceSlot? EventPlace,
    ImmutableArray<CalendarError> CalendarErrors,
    ImmutableArray<QuoteGroup> Quotes,
    ImmutableArray<AssertionGroup> Assertions,
    ImmutableArray<SourceScorecard> Scorecards);
