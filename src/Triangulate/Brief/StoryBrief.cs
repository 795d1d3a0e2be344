using System.Collections.Immutable;
using Triangulate.Stories;
using Triangulate.Verify;

namespace Triangulate.Brief;

/// <summary>A summary sentence and the articles that support it.</summary>
/// <param name="Text">The sentence as one article wrote it.</param>
/// <param name="Article">The article it was taken from.</param>
/// <param name="Sentence">Its index in that article's sentences.</param>
/// <param name="Articles">Every article that supports it, in story order (the source first among equals).</param>
public sealed record SummarySentence(string Text, string Article, int Sentence, ImmutableArray<string> Articles);

/// <summary>What kind of contradiction a brief reports.</summary>
public enum ContradictionKind
{
    /// <summary>Values that cannot both be true, neither explained as an outlier or an old figure.</summary>
    Disputed,

    /// <summary>A figure an order of magnitude from every other report.</summary>
    Outlier,

    /// <summary>An old figure: superseded by a later report, or a toll lower than one already reported.</summary>
    Stale,

    /// <summary>The event placed on another day, or a weekday the date does not fall on.</summary>
    Misdated,

    /// <summary>The same words given to different speakers.</summary>
    Misattributed,

    /// <summary>One source says the subject did one thing, another the opposite (rejected / accepted).</summary>
    Contradicted,
}

/// <summary>A contradiction in plain words, with the articles involved (the one it is about first).</summary>
public sealed record Contradiction(ContradictionKind Kind, string Subject, string Text, ImmutableArray<string> Articles);

/// <summary>A dated event of the story, with the sentence that tells it and the articles that date it so.</summary>
public sealed record TimelineEntry(DateOnly Date, string Text, string Article, int Sentence, ImmutableArray<string> Articles);

/// <summary>
/// The story brief: a cited summary, the fact table, contradictions in plain words, a timeline, the quotes and
/// each source's scorecard. Articles are cited by their number in <see cref="Story.Articles"/> (1-based).
/// </summary>
public sealed record StoryBrief(
    Story Story,
    ImmutableArray<SummarySentence> Summary,
    StoryFacts Facts,
    ImmutableArray<Contradiction> Contradictions,
    ImmutableArray<TimelineEntry> Timeline)
{
    /// <summary>The number an article is cited by in this brief ([1], [2], ...), or 0 when it is not a member.</summary>
    public int NumberOf(string article) => Story.Articles.IndexOf(article) + 1;
}
