using System.Collections.Immutable;

namespace Triangulate.Claims;

/// <summary>Everything checkable one article states: its figures, the day it gives the event, calendar slips and quotes.</summary>
/// <param name="Article">The article's id.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Counts">Figures with an event, in text order.</param>
/// <param name="EventDate">The earliest day it gives, not after publication nor long before it: the day it puts the event on.</param>
/// <param name="EventPlace">Where it puts the event.</param>
/// <param name="Text">Its headline, dateline and body, to tell whether it names another article's place at all.</param>
/// <param name="Dates">Every day-precise date it gives, in text order (the timeline's raw material).</param>
/// <param name="CalendarErrors">Weekdays written beside a date they do not fall on.</param>
/// <param name="Weekdays">
/// When it has no publication date and gives the event no date: the weekdays it names, in text order; the first is
/// the day it puts the event on, which only the other sources' dates can place.
/// </param>
/// <param name="Quotes">Quotes, in text order.</param>
/// <param name="Assertions">Key assertions (who rejected, proposed, confirmed what), in text order.</param>
public sealed record ArticleClaims(
    string Article,
    DateOnly? Published,
    ImmutableArray<CountClaim> Counts,
    DateClaim? EventDate,
    PlaceClaim? EventPlace,
    string Text,
    ImmutableArray<DateClaim> Dates,
    ImmutableArray<CalendarError> CalendarErrors,
    ImmutableArray<WeekdayClaim> Weekdays,
    ImmutableArray<QuoteClaim> Quotes,
    ImmutableArray<AssertionClaim> Assertions)
{
    /// <summary>True when the article names <paramref name="place"/> anywhere, as a word.</summary>
    public bool Mentions(string place)
    {
        ArgumentNullException.ThrowIfNull(place);
        for (var at = Text.IndexOf(place, StringComparison.OrdinalIgnoreCase); at >= 0; at = Text.IndexOf(place, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + place.Length;
            if ((at == 0 || !char.IsLetter(Text[at - 1])) && (end == Text.Length || !char.IsLetter(Text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
