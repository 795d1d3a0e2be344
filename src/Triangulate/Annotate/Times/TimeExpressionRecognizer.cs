namespace Triangulate.Annotate.Times;

/// <summary>Finds English time expressions in a text and resolves them to TIMEX3 values against the publication date.</summary>
/// <remarks>
/// Works on any string, a sentence or a whole body; spans are offsets into it. A weekday means the most
/// recent one on or before the reference date unless a cue a few words before points ahead ("will",
/// "next", "scheduled"); a month and day without a year take the nearest year, at most a quarter
/// ahead without such a cue. Without a reference date, relative values keep X's and a reason.
/// Stateless and thread-safe; the lexicons under Resources/time are loaded once.
/// </remarks>
internal sealed class TimeExpressionRecognizer
{
    /// <summary>The reason given when a relative expression has no reference date to resolve against.</summary>
    public const string NoReference = "no publication date to resolve against";

    /// <summary>The reason given when an expression is relative to an event, not to the reference date.</summary>
    public const string AnchoredToEvent = "relative to an event in the text, not to the publication date";

    /// <summary>The reason given when the reference date is too far from our era to do calendar arithmetic on.</summary>
    public const string ReferenceOutOfRange = "publication date outside the years 1000 to 9000";

    // Text is read in slices of about this many characters, cut at a paragraph break where one is near,
    // so that a huge body needs memory for one slice's tokens, not for all of them.
    private const int SliceChars = 64 * 1024;

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

        // Outside this range, "last year" or "next week" could leave the calendar; such a date is treated as absent.
        var reason = NoReference;
        if (reference is { Year: < 1000 or > 9000 })
        {
            reference = null;
            reason = ReferenceOutOfRange;
        }

        var found = new List<TimeExpression>();
        var tokens = new List<TimeToken>((Math.Min(text.Length, SliceChars) / 5) + 4);
        for (var start = 0; start < text.Length;)
        {
            var end = SliceEnd(text, start);
            tokens.Clear();
            TimeToken.Tokenize(text, start, end, _lexicon, tokens);
            new TimeGrammar(text, tokens, reference, reason).Match(found, cancellationToken);
            start = end;
        }

        return found;
    }

    private static int SliceEnd(string text, int start)
    {
        if (text.Length - start <= SliceChars)
        {
            return text.Length;
        }

        var limit = start + SliceChars;
        var paragraph = text.LastIndexOf("\n\n", limit, SliceChars / 2, StringComparison.Ordinal);
        if (paragraph > start)
        {
            return paragraph + 2;
        }

        // No paragraph break near: cut at the last whitespace, or hard at the limit.
        for (var i = limit; i > limit - 1024; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i + 1;
            }
        }

        return limit;
    }
}
