namespace Triangulate.Annotate.Times;

/// <summary>
/// Finds English time expressions in a text (a sentence or a whole body) and resolves them to TIMEX3
/// values against a reference date, normally the article's publication date.
/// </summary>
internal sealed class TimeExpressionRecognizer
{
    /// <summary>The reason given when a relative expression has no reference date to resolve against.</summary>
    public const string NoReference = "no publication date to resolve against";

    /// <summary>The reason given when an expression is relative to an event, not to the reference date.</summary>
    public const string AnchoredToEvent = "relative to an event in the text, not to the publication date";

    /// <summary>The reason given when the reference date is too far from our era to do calendar arithmetic on.</summary>
    public const string ReferenceOutOfRange = "publication date outside the years 1000 to 9000";

    private readonly TimeLexicon _lexicon;

    public TimeExpressionRecognizer()
        : this(TimeLexicon.Shared)
    {
    }

    internal TimeExpressionRecognizer(TimeLexicon lexicon) => _lexicon = lexicon;

    /// <summary>The time expressions in <paramref name="text"/>, in order, with offsets into it.</summary>
    public IReadOnlyList<TimeExpression> Recognize(string text, DateOnly? reference = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TimeToken>((text.Length / 5) + 4);
        TimeToken.Tokenize(text, _lexicon, tokens);
        // Outside this range, "last year" or "next week" could leave the calendar; such a date is treated as absent.
        if (reference is { Year: < 1000 or > 9000 })
        {
            return new TimeGrammar(text, tokens, null, ReferenceOutOfRange).Match(cancellationToken);
        }

        return new TimeGrammar(text, tokens, reference, NoReference).Match(cancellationToken);
    }
}
