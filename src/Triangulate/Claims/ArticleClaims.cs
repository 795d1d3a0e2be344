using System.Collections.Immutable;

namespace Triangulate.Claims;

/// <summary>Everything checkable one article states: its figures, the day it gives the event, calendar slips and quotes.</summary>
/// <param name="Article">The article's id.</param>
/// <param name="Published">Its publication date, when known.</param>
/// <param name="Counts">Figures with an event, in text order.</param>
/// <param name="EventDate">The earliest day it gives, not after publication nor long before it: the day it puts the event on.</param>
/// <param name="Dates">Every day-precise date it gives, in text order (the timeline's raw material).</param>
/// <param name="CalendarErrors">Weekdays written beside a date they do not fall on.</param>
/// <param name="Quotes">Quotes, in text order.</param>
/// <param name="Assertions">Key assertions (who rejected, proposed, confirmed what), in text order.</param>
public sealed record ArticleClaims(
    string Article,
    DateOnly? Published,
    ImmutableArray<CountClaim> Counts,
    DateClaim? EventDate,
    ImmutableArray<DateClaim> Dates,
    ImmutableArray<CalendarError> CalendarErrors,
    ImmutableArray<QuoteClaim> Quotes,
    ImmutableArray<AssertionClaim> Assertions);
