using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Annotate.Quantities;
using Triangulate.Annotate.Times;
using Triangulate.Extract;
using Triangulate.Lexical;
using Triangulate.Stories;

namespace Triangulate.Claims;

/// <summary>Turns one article's annotations into its checkable claims, each tied to its sentence.</summary>
public static class ClaimExtractor
{
    /// <summary>Words just before a date that make it the day a figure stands for ("as of Thursday", "by Friday").</summary>
    private static readonly string[] AsOfCues = Lexicon.Words("claims/word-classes.tsv", "as-of-cues");

    private static readonly FrozenSet<string> Countries = Resource.Lines("gazetteers/countries.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The claims of <paramref name="annotated"/>.</summary>
    public static ArticleClaims Extract(Annotated annotated)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        var article = annotated.Article;
        var published = article.Published?.Date;
        var counts = ImmutableArray.CreateBuilder<CountClaim>();
        foreach (var quantity in annotated.Quantities)
        {
            // A figure that sums many events or a period ("in separate shootings this year") is not a claim about this one.
            // An earlier event's (QuantityScope.Past) stays: the checker sets it aside as background by its date against the story's.
            if (quantity.Kind != QuantityKind.Count || quantity.Event is null || (quantity.Value ?? quantity.Low) is null || quantity.Scope == QuantityScope.Aggregate)
            {
                continue;
            }

            var (value, low, high) = OrdinalCount(quantity) is { } nth ? (nth, nth, nth) : (quantity.Value, quantity.Low, quantity.High);
            var sentence = SentenceOf(annotated, quantity.Start);
            var sentenceSpan = annotated.Sentences.IsDefaultOrEmpty ? new TextSpan(0, article.Body.Length) : annotated.Sentences[sentence];
            counts.Add(new CountClaim(
                Evidence(annotated, sentence, new TextSpan(quantity.Start, quantity.Length)),
                quantity.Text,
                quantity.Event,
                CountedGroups.Normalize(quantity.Counted),
                value,
                low,
                high,
                quantity.Hedge,
                AttributionIn(annotated, sentenceSpan, quantity.Start),
                AsOf(annotated, sentenceSpan) ?? published,
                Mentioned(annotated, sentenceSpan)));
        }

        var dates = ImmutableArray.CreateBuilder<DateClaim>();
        foreach (var time in annotated.Times)
        {
            if (time.Type is TimeExpressionType.Date or TimeExpressionType.Time && time.IsResolved && TimexRange.Day(time.Value) is { } day && !IsClockOnly(time.Text))
            {
                dates.Add(new DateClaim(Evidence(annotated, SentenceOf(annotated, time.Start), new TextSpan(time.Start, time.Length)), time.Text, day));
            }
        }

        var eventDate = dates
            .Where(d => published is not { } p || (d.Date.DayNumber <= p.DayNumber + 1 && d.Date.DayNumber >= p.DayNumber - StoryFeatures.MaxEventAgeDays))
            .MinBy(d => d.Date);
        // A speaker counts only as a named person or organisation of the article: a pronoun left unresolved or
        // words the quote recogniser took for a name ("Office", "another man") could only make false misattributions.
        var names = annotated.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);
        var quotes = annotated.Quotes
            .Select(q => new QuoteClaim(
                Evidence(annotated, SentenceOf(annotated, q.Start), new TextSpan(q.Start, q.Length)),
                q.Text,
                q.Speaker is { } s && names.Contains(s) ? s : null,
                q.Normalized))
            .Where(q => q.Normalized.Length > 0)
            .ToImmutableArray();
        var assertions = AssertionExtractor.Extract(annotated, (sentence, span) => Evidence(annotated, sentence, span));
        var places = annotated.Entities.Where(e => e.Type == EntityType.Location).ToList();
        var placeSentence = eventDate?.Evidence.Sentence ?? 0;
        var eventPlace = places.FirstOrDefault(e => SentenceOf(annotated, e.Start) == placeSentence) ?? places.FirstOrDefault(e => SentenceOf(annotated, e.Start) == 0);
        var placeClaim = eventPlace is null
            ? null
            : new PlaceClaim(Evidence(annotated, SentenceOf(annotated, eventPlace.Start), new TextSpan(eventPlace.Start, eventPlace.Length)), eventPlace.Text, eventPlace.Canonical, Countries.Contains(eventPlace.Canonical));
        return new ArticleClaims(
            article.Id,
            published,
            counts.ToImmutable(),
            eventDate,
            placeClaim,
            $"{article.Title}\n{article.Dateline}\n{article.Body}",
            dates.ToImmutable(),
            CalendarErrors(annotated),
            eventDate is null && published is null ? Weekdays(annotated) : [],
            quotes,
            assertions);
    }

    /// <summary>
    /// "A fourth worker died": one death counted by an ordinal that gives the toll so far. Only deaths: "a second man
    /// was wounded" mostly names the next victim in a list, not a count of the wounded.
    /// </summary>
    private static double? OrdinalCount(Quantity quantity)
    {
        if (quantity.Value != 1 || quantity.Event != "killed")
        {
            return null;
        }

        var words = quantity.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].ToLowerInvariant() is "a" or "the" or "another" && TimeLexicon.Shared.Find(words[1]) is { Ordinal: > 1 } nth ? nth.Ordinal : null;
    }

    /// <summary>A bare clock time ("10 p.m.", "07:15") says the day only by inference from the publication date: not a dated claim.</summary>
    private static bool IsClockOnly(string text)
    {
        var letters = string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();
        return letters is "am" or "pm" || (letters.Length == 0 && text.Contains(':', StringComparison.Ordinal));
    }

    /// <summary>
    /// A weekday written beside a date ("Monday, Nov. 3") that the date does not fall on. When the text gives no
    /// year, the date is taken to be wrong only if it falls on that weekday in none of the nearby years either:
    /// the year was inferred and may be the one in error.
    /// </summary>
    private static ImmutableArray<CalendarError> CalendarErrors(Annotated annotated)
    {
        var body = annotated.Article.Body;
        var errors = ImmutableArray.CreateBuilder<CalendarError>();
        for (var i = 0; i + 1 < annotated.Times.Length; i++)
        {
            var (weekday, date) = (annotated.Times[i], annotated.Times[i + 1]);
            if (TimeLexicon.Shared.Find(weekday.Text.Trim()) is not { Weekday: > 0, WeekdayPlural: false } named
                || !date.IsResolved || TimexRange.Day(date.Value) is not { } day
                || !date.Text.Any(char.IsAsciiDigit)
                || body.AsSpan(weekday.End, date.Start - weekday.End).Trim().TrimStart(',').Trim().Length > 0)
            {
                continue;
            }

            var yearGiven = date.Text.Split(' ', ',', '.').Any(w => w.Length == 4 && w.All(char.IsAsciiDigit));
            var stated = (DayOfWeek)(named.Weekday % 7);
            var fits = day.DayOfWeek == stated
                || (!yearGiven && (SameDay(day, -1).DayOfWeek == stated || SameDay(day, 1).DayOfWeek == stated));
            if (!fits)
            {
                var span = new TextSpan(weekday.Start, date.End - weekday.Start);
                errors.Add(new CalendarError(Evidence(annotated, SentenceOf(annotated, weekday.Start), span), body.Substring(span.Start, span.Length), day, stated));
            }
        }

        return errors.ToImmutable();
    }

    /// <summary>The weekdays the article's time expressions name ("Monday", "late on Tuesday"), one a weekday at most per expression.</summary>
    private static ImmutableArray<WeekdayClaim> Weekdays(Annotated annotated)
    {
        var weekdays = ImmutableArray.CreateBuilder<WeekdayClaim>();
        foreach (var time in annotated.Times.Where(t => t.Type is TimeExpressionType.Date or TimeExpressionType.Time))
        {
            var named = time.Text.Split([' ', ',', '.', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
                .Select(word => TimeLexicon.Shared.Find(word))
                .FirstOrDefault(word => word is { Weekday: > 0, WeekdayPlural: false });
            if (named is not null)
            {
                var span = new TextSpan(time.Start, time.Length);
                weekdays.Add(new WeekdayClaim(Evidence(annotated, SentenceOf(annotated, time.Start), span), time.Text, (DayOfWeek)(named.Weekday % 7)));
            }
        }

        return weekdays.ToImmutable();
    }

    private static DateOnly SameDay(DateOnly day, int years) =>
        day.Month == 2 && day.Day == 29 ? day.AddYears(years).AddDays(-1) : day.AddYears(years);

    private static Evidence Evidence(Annotated annotated, int sentence, TextSpan span)
    {
        var body = annotated.Article.Body;
        var text = annotated.Sentences.IsDefaultOrEmpty ? body : annotated.Sentences[sentence].Of(body).ToString();
        return new Evidence(annotated.Article.Id, sentence, text, span);
    }

    /// <summary>The index of the sentence holding offset <paramref name="offset"/> (the last one starting at or before it).</summary>
    internal static int SentenceOf(Annotated annotated, int offset)
    {
        var sentences = annotated.Sentences;
        int low = 0, high = sentences.Length - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (sentences[middle].Start <= offset)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>The source the sentence credits: the attribution in it nearest to the figure.</summary>
    private static string? AttributionIn(Annotated annotated, TextSpan sentence, int offset) =>
        annotated.Attributions
            .Where(a => a.Start >= sentence.Start && a.End <= sentence.End)
            .OrderBy(a => Math.Abs(a.Start - offset))
            .Select(a => a.Source)
            .FirstOrDefault();

    private static DateOnly? AsOf(Annotated annotated, TextSpan sentence)
    {
        var body = annotated.Article.Body;
        foreach (var time in annotated.Times)
        {
            if (time.Start < sentence.Start || time.End > sentence.End || !time.IsResolved || TimexRange.Day(time.Value) is not { } day)
            {
                continue;
            }

            var before = body.AsSpan(sentence.Start, time.Start - sentence.Start).TrimEnd();
            foreach (var cue in AsOfCues)
            {
                if (before.EndsWith(cue.Replace('_', ' '), StringComparison.OrdinalIgnoreCase)
                    && (before.Length == cue.Length || !char.IsLetter(before[before.Length - cue.Length - 1])))
                {
                    return day;
                }
            }
        }

        return null;
    }

    /// <summary>The days the sentence's own dates cover, from the earliest start to the latest end.</summary>
    private static DateRange? Mentioned(Annotated annotated, TextSpan sentence)
    {
        DateRange? range = null;
        foreach (var time in annotated.Times)
        {
            if (time.Start < sentence.Start || time.End > sentence.End || !time.IsResolved
                || time.Type is not (TimeExpressionType.Date or TimeExpressionType.Time) || TimexRange.Parse(time.Value) is not { } covered)
            {
                continue;
            }

            range = range is { } r
                ? new DateRange(r.Start < covered.Start ? r.Start : covered.Start, r.End > covered.End ? r.End : covered.End)
                : covered;
        }

        return range;
    }
}
