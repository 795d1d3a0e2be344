using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Annotate.Times;
using Triangulate.Lexical;

namespace Triangulate.Stories;

/// <summary>
/// What story clustering compares: the article's content words with their counts, the canonical
/// entities it names, and the date of the event it reports.
/// </summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its headline, if any.</param>
/// <param name="Terms">Content words (lower case) with their weighted counts; the title counts double.</param>
/// <param name="Entities">Canonical entity keys ("per:ana ortiz", "loc:millbrook").</param>
/// <param name="EventDate">The event's date from the text's resolved time expressions, else the publication date.</param>
/// <param name="Dates">Every day the text names that could be the event's (see <see cref="FindDates"/>), in text order.</param>
public sealed record StoryFeatures(
    string ArticleId,
    string? Title,
    ImmutableDictionary<string, float> Terms,
    ImmutableHashSet<string> Entities,
    DateOnly? EventDate,
    ImmutableArray<DateOnly> Dates = default)
{

    private static readonly Lazy<FrozenSet<string>> Stopwords = new(() => Resource.Lines("stories/stopwords.txt").ToFrozenSet());

    /// <summary>Builds the features of an annotated article.</summary>
    public static StoryFeatures From(Annotated annotated, DateOnly? eventDate = null)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        var article = annotated.Article;
        var terms = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var token in annotated.Tokens)
        {
            AddTerm(terms, article.Body.AsSpan(token.Start, token.Length), 1f);
        }

        if (article.Title is { } title)
        {
            foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                AddTerm(terms, word.AsSpan().Trim(".,:;!?\"'“”‘’()[]"), 2f);
            }
        }

        var entities = annotated.Entities
            .Where(e => e.Type != EntityType.Misc)
            .Select(e => EntityKey(e.Type, e.Canonical))
            .ToImmutableHashSet(StringComparer.Ordinal);
        return new StoryFeatures(article.Id, article.Title, terms.ToImmutableDictionary(StringComparer.Ordinal), entities, eventDate ?? FindEventDate(annotated), FindDates(annotated));
    }

    /// <summary>Most days kept per article in <see cref="Dates"/>.</summary>
    public const int MaxDates = 8;

    /// <summary>
    /// The days the text names, not after publication and not more than <see cref="MaxEventAgeDays"/> before it, in text order
    /// without repeats: a follow-up names the day of the event it follows up among them.
    /// </summary>
    public static ImmutableArray<DateOnly> FindDates(Annotated annotated)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        var dates = ImmutableArray.CreateBuilder<DateOnly>();
        foreach (var day in Days(annotated))
        {
            if (!dates.Contains(day))
            {
                dates.Add(day);
                if (dates.Count == MaxDates)
                {
                    break;
                }
            }
        }

        return dates.ToImmutable();
    }

    /// <summary>The days named in the text that could be the event's, in text order.</summary>
    private static IEnumerable<DateOnly> Days(Annotated annotated)
    {
        var published = annotated.Article.Published?.Date;
        foreach (var time in annotated.Times)
        {
            // A day ("2024-03-02") or a time on a day ("2024-03-02TEV", "Tuesday evening"); not a week, month or year.
            if (!time.IsResolved || time.Type is not (TimeExpressionType.Date or TimeExpressionType.Time)
                || time.Value.Length < 10 || (time.Value.Length > 10 && time.Value[10] != 'T')
                || !DateOnly.TryParseExact(time.Value.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
            {
                continue;
            }

            if (published is not { } p || (day.DayNumber <= p.DayNumber + 1 && day.DayNumber >= p.DayNumber - MaxEventAgeDays))
            {
                yield return day;
            }
        }
    }

    /// <summary>Days before publication a date in the text may lie and still be taken for the event's.</summary>
    public const int MaxEventAgeDays = 400;

    /// <summary>
    /// The event's date: the first day the text names (a date or a time on a day), not after publication and not more than
    /// <see cref="MaxEventAgeDays"/> before it (a follow-up names the day of the event it follows up); else the publication date.
    /// </summary>
    public static DateOnly? FindEventDate(Annotated annotated)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        return Days(annotated).Select(d => (DateOnly?)d).FirstOrDefault() ?? annotated.Article.Published?.Date;
    }

    /// <summary>The key an entity is indexed under: its type and lower-cased canonical name.</summary>
    public static string EntityKey(EntityType type, string canonical) => type.Label().ToLowerInvariant() + ":" + canonical.ToLowerInvariant();

    private static void AddTerm(Dictionary<string, float> terms, ReadOnlySpan<char> word, float weight)
    {
        if (word.Length < 3 || word.Length > 30)
        {
            return;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('-' or '\'' or '’'))
            {
                return;
            }
        }

        var lower = word.ToString().ToLowerInvariant();
        if (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal))
        {
            lower = lower[..^2];
        }

        if (lower.Length < 3 || Stopwords.Value.Contains(lower))
        {
            return;
        }

        terms[lower] = terms.GetValueOrDefault(lower) + weight;
    }
}
