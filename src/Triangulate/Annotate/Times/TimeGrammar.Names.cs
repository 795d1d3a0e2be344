using System.Globalization;
using static Triangulate.Annotate.Times.TimexValues;

namespace Triangulate.Annotate.Times;

// Named times: weekdays, months, years, seasons, relative words, holidays, bare units.
internal sealed partial class TimeGrammar
{
    // ---- weekdays -------------------------------------------------------------------------------

    // "Monday", "Friday night", "on Mondays" (a set), resolved by the cue words before it.
    private bool TryWeekday(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        var word = W(j);
        if (word is null || word.Weekday == 0)
        {
            return false;
        }

        if (word.WeekdayPlural)
        {
            var part = W(j + 1)?.DayPart;
            hit = new Hit(part is null ? j + 1 : j + 2, TimeExpressionType.Set, $"XXXX-WXX-{word.Weekday}" + (part is null ? "" : "T" + part), null) { DropsThe = true };
            return true;
        }

        return WeekdayHit(j, word.Weekday, CueBefore(prefix.Start), out hit);
    }

    private bool WeekdayHit(int j, int weekday, Direction direction, out Hit hit)
    {
        var end = j + 1;
        var part = W(end) is { DayPart: { } dayPart, UnitPlural: false } ? dayPart : null;
        if (part is not null)
        {
            end++;
        }

        // "Saturday, April 25", "Friday Oct. 13", "Monday 6 November": the date says which one.
        if (part is null)
        {
            var dateAt = Is(end, ",") ? end + 1 : end;
            var none = new Prefix(dateAt, false, false, false);
            var dated = default(Hit);
            var hasDate = (W(dateAt) is { Month: > 0 } && TryMonth(dateAt, none, out dated))
                || (Has(dateAt) && _tokens[dateAt].Kind == TimeTokenKind.Number && TryDayMonth(dateAt, none, out dated));
            if (hasDate && dated.Day is { } date0 && IsoDay(date0) == weekday)
            {
                hit = new Hit(end, TimeExpressionType.Date, Day(date0), null, date0) { DropsThe = true };
                return true;
            }
        }

        if (_reference is not { } reference)
        {
            var unknown = $"XXXX-WXX-{weekday}" + (part is null ? "" : "T" + part);
            hit = new Hit(end, part is null ? TimeExpressionType.Date : TimeExpressionType.Time, unknown, _noReference) { DropsThe = true };
            return true;
        }

        var date = Weekday(reference, weekday, direction);
        hit = part is null
            ? new Hit(end, TimeExpressionType.Date, Day(date), null, date) { DropsThe = true }
            : new Hit(end, TimeExpressionType.Time, Day(date) + "T" + part, null, date) { DropsThe = true };
        return true;
    }

    // Looks back a few words, within the sentence, for a cue that the time lies ahead.
    private Direction CueBefore(int start)
    {
        for (var k = start - 1; k >= 0 && k >= start - CueWindow; k--)
        {
            var token = _tokens[k];
            if (token.Kind == TimeTokenKind.Symbol && Span(k) is "!" or "?" or ";" or "\"" or "\u201c" or "\u201d")
            {
                break;
            }

            if (Is(k, ".") && k > 0 && _tokens[k - 1].Length > 1 && W(k - 1) is not { Month: > 0 })
            {
                break;
            }

            if (TryRole(k, CueRole.Future, out var end) && end <= start)
            {
                // "had been scheduled to expire Friday", "was due on Monday": a plan told in the past.
                return k > 0 && (Is(k - 1, "been") || Is(k - 1, "was") || Is(k - 1, "were") || Is(k - 1, "had")) ? Direction.Past : Direction.Future;
            }
        }

        return Direction.Default;
    }

    // ---- months ---------------------------------------------------------------------------------

    // "Nov. 3", "November 3, 2023", "Nov. 3rd", "November 2023", "November of 2023", "in March".
    private bool TryMonth(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        var word = W(j);
        if (word is null || word.Month == 0 || !Capitalized(j))
        {
            return false;
        }

        var month = word.Month;
        var k = j + 1;
        var period = word.MonthAbbreviation && Is(k, ".") && Attached(k);
        if (period)
        {
            k++;
        }

        // A day: "3", "3rd", "third".
        if (TryDayNumber(k, out var day, out var afterDay))
        {
            var yearAt = Is(afterDay, ",") ? afterDay + 1 : afterDay;
            if (IsYearToken(yearAt, out var year))
            {
                if (day > DateTime.DaysInMonth(year, month))
                {
                    return false;
                }

                var date = new DateOnly(year, month, day);
                hit = new Hit(yearAt + 1, TimeExpressionType.Date, Day(date), null, date) { DropsThe = true };
                return true;
            }

            if (day > DateTime.DaysInMonth(2000, month))
            {
                return false;
            }

            hit = MonthDayHit(afterDay, month, day, CueBefore(prefix.Start));
            return true;
        }

        // A year: "November 2023", "November, 2023", "November of 2023".
        var at = Is(k, ",") || Is(k, "of") ? k + 1 : k;
        if (TryWrittenYear(at, out var monthYear, out var afterYear))
        {
            hit = new Hit(afterYear, TimeExpressionType.Date, Month(monthYear, month), null) { DropsThe = true };
            return true;
        }

        // "January this year", "June last year".
        if (W(k) is { } next && next.Phrases.Count > 0 && W(k + 1) is { Unit: TimeUnit.Year, UnitPlural: false } && _reference is { } anchor)
        {
            var shift = TryRole(k, CueRole.Last, out var e1) && e1 == k + 1 ? -1
                : TryRole(k, CueRole.This, out var e2) && e2 == k + 1 ? 0
                : TryRole(k, CueRole.Next, out var e3) && e3 == k + 1 ? 1 : int.MinValue;
            if (shift != int.MinValue)
            {
                hit = new Hit(k + 2, TimeExpressionType.Date, Month(anchor.Year + shift, month), null) { DropsThe = true };
                return true;
            }
        }

        // The month alone: only when it cannot be another word ("may", "march", "Jan").
        if ((word.MonthNeedsContext && !prefix.Part && !IsPrepBefore(prefix.Start)) || (word.MonthAbbreviation && !period))
        {
            return false;
        }

        if (_reference is { } reference)
        {
            var year = YearForMonth(reference, month, CueBefore(prefix.Start));
            hit = new Hit(k, TimeExpressionType.Date, Month(year, month), null) { DropsThe = true };
        }
        else
        {
            hit = new Hit(k, TimeExpressionType.Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}"), _noReference) { DropsThe = true };
        }

        return true;
    }

    private Hit MonthDayHit(int end, int month, int day, Direction direction)
    {
        if (_reference is not { } reference)
        {
            return new Hit(end, TimeExpressionType.Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:D2}-{day:D2}"), _noReference) { DropsThe = true };
        }

        var date = new DateOnly(YearForDay(reference, month, day, direction), month, day);
        return new Hit(end, TimeExpressionType.Date, Day(date), null, date) { DropsThe = true };
    }

    private bool TryDayNumber(int k, out int day, out int end)
    {
        day = 0;
        end = k;
        if (!Has(k))
        {
            return false;
        }

        var token = _tokens[k];
        if (token.Kind == TimeTokenKind.Number && token.Value is >= 1 and <= 31 && token.Length <= 2)
        {
            day = token.Value;
            end = k + 1;
            if (Has(end) && Attached(end) && (Is(end, "st") || Is(end, "nd") || Is(end, "rd") || Is(end, "th")))
            {
                end++;
            }
            else if (Has(end) && Attached(end) && _tokens[end].Kind == TimeTokenKind.Word)
            {
                return false;
            }

            // "Nov. 3 p.m." or "May 5%" are not days of a month.
            return !Is(end, "%") && !TryMeridiem(end, out _, out _);
        }

        if (TryOrdinal(k, out day, out end) && day <= 31 && token.Kind == TimeTokenKind.Word)
        {
            return true;
        }

        return false;
    }

    private bool IsPrepBefore(int start) => start > 0 && TryRole(start - 1, CueRole.Prep, out var end) && end == start;

    // "3 November", "3 November 2023", "the 3rd of November".
    private bool TryDayMonth(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        if (!TryDayNumber(j, out var day, out var k))
        {
            return false;
        }

        if (Is(k, "of"))
        {
            k++;
        }

        var word = W(k);
        if (word is null || word.Month == 0 || !Capitalized(k))
        {
            return false;
        }

        var month = word.Month;
        var end = k + 1;
        if (word.MonthAbbreviation && Is(end, ".") && Attached(end))
        {
            end++;
        }

        var yearAt = Is(end, ",") ? end + 1 : end;
        if (IsYearToken(yearAt, out var year))
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            var date = new DateOnly(year, month, day);
            hit = new Hit(yearAt + 1, TimeExpressionType.Date, Day(date), null, date);
            return true;
        }

        if (day > DateTime.DaysInMonth(2000, month))
        {
            return false;
        }

        hit = MonthDayHit(end, month, day, CueBefore(prefix.Start)) with { DropsThe = false };
        return true;
    }

    // ---- years and decades ----------------------------------------------------------------------

    // "1998", "fiscal 1989", "the 1990s", "the '90s".
    private bool TryYear(int j, Prefix prefix, out Hit hit)
    {
        hit = default;

        // Spoken years: "nineteen ninety-six", "the year two thousand".
        if (W(j)?.Cardinal is 19 or 20 && _tokens[j].Kind == TimeTokenKind.Word && W(j + 1)?.Cardinal is >= 10
            && TryQuantity(j + 1, allowArticle: false, out var rest, out var vagueRest, out var afterRest) && !vagueRest && rest is >= 10 and <= 99)
        {
            hit = new Hit(afterRest, TimeExpressionType.Date, Year((W(j)!.Cardinal * 100) + (int)rest), null) { DropsThe = true };
            return true;
        }

        if (Is(j, "year") && prefix.The && W(j + 1)?.Cardinal > 0
            && TryQuantity(j + 1, allowArticle: false, out var spoken, out var vagueSpoken, out var afterSpoken) && !vagueSpoken && spoken is >= 1000 and <= 2199)
        {
            hit = new Hit(afterSpoken, TimeExpressionType.Date, Year((int)spoken), null);
            return true;
        }

        if (Is(j, "'") && Has(j + 1) && Attached(j + 1) && _tokens[j + 1].Kind == TimeTokenKind.Number
            && _tokens[j + 1].Length == 2 && _tokens[j + 1].Value % 10 == 0 && Is(j + 2, "s") && Attached(j + 2))
        {
            var decade = 190 + (_tokens[j + 1].Value / 10);
            hit = new Hit(j + 3, TimeExpressionType.Date, decade.ToString(CultureInfo.InvariantCulture) + "X", null);
            return true;
        }

        if (!Has(j) || _tokens[j].Kind != TimeTokenKind.Number || _tokens[j].Length != 4 || _tokens[j].Value < 0)
        {
            return false;
        }

        var value = _tokens[j].Value;
        if (Is(j + 1, "s") && Attached(j + 1))
        {
            if (value % 10 != 0 || value is < 1000 or > 2990)
            {
                return false;
            }

            hit = new Hit(j + 2, TimeExpressionType.Date, (value / 10).ToString(CultureInfo.InvariantCulture) + "X", null);
            return true;
        }

        if (!IsYearToken(j, out var year))
        {
            return false;
        }

        // "the 1988 second quarter", "the 1988 quarter".
        if (TryOrdinal(j + 1, out var ordinal, out var afterOrdinal) && ordinal is >= 1 and <= 4 && W(afterOrdinal) is { Unit: TimeUnit.Quarter, UnitPlural: false })
        {
            hit = new Hit(afterOrdinal + 1, TimeExpressionType.Date, Quarter(year, ordinal), null) { NamesQuarter = true };
            return true;
        }

        if (Is(j + 1, "period") && prefix.The)
        {
            hit = HasFocus(j)
                ? new Hit(j + 2, TimeExpressionType.Date, Quarter(year, _focusQuarter), null)
                : new Hit(j + 2, TimeExpressionType.Date, Year(year), null);
            return true;
        }

        if (W(j + 1) is { Unit: TimeUnit.Quarter, UnitPlural: false })
        {
            var quarter = HasFocus(j) ? _focusQuarter : _reference is { } reference ? QuarterOf(LatestQuarter(reference)) : 0;
            hit = quarter > 0
                ? new Hit(j + 2, TimeExpressionType.Date, Quarter(year, quarter), null)
                : new Hit(j + 2, TimeExpressionType.Date, Year(year) + "-QX", _noReference);
            return true;
        }

        // Quantities that happen to have four digits: "$1998", "1998 people" is left to chance, "1,998" never gets here.
        if (j > 0 && (Is(j - 1, "$") || Is(j - 1, "#") || Is(j - 1, "No") || Is(j - 1, "\u00a3") || Is(j - 1, "\u20ac")))
        {
            return false;
        }

        if (Is(j + 1, "%") || Is(j + 1, "percent") || (Is(j + 1, "-") && Attached(j + 1)))
        {
            return false;
        }

        if (year < 1800 && !prefix.Part && !IsPrepBefore(prefix.Start))
        {
            return false;
        }

        // A year far beyond the reference is a number ("the 2100 block"), not a time.
        if (year > (_reference?.Year ?? 2030) + 30)
        {
            return false;
        }

        hit = new Hit(j + 1, TimeExpressionType.Date, Year(year), null) { DropsThe = true };
        return true;
    }

    // A year in digits, or spoken as two numbers ("nineteen ninety-four").
    private bool TryWrittenYear(int k, out int year, out int end)
    {
        end = k + 1;
        if (IsYearToken(k, out year))
        {
            return true;
        }

        if (W(k)?.Cardinal is 19 or 20 && _tokens[k].Kind == TimeTokenKind.Word && W(k + 1)?.Cardinal is >= 10
            && TryQuantity(k + 1, allowArticle: false, out var rest, out var vague, out end) && !vague && rest is >= 10 and <= 99)
        {
            year = (W(k)!.Cardinal * 100) + (int)rest;
            return true;
        }

        return false;
    }

    private bool IsYearToken(int k, out int year)
    {
        year = 0;
        if (!Has(k) || _tokens[k].Kind != TimeTokenKind.Number || _tokens[k].Length != 4 || _tokens[k].Value is < 1000 or > 2199)
        {
            return false;
        }

        if (Has(k + 1) && Attached(k + 1) && _tokens[k + 1].Kind == TimeTokenKind.Word)
        {
            return false;
        }

        year = _tokens[k].Value;
        return true;
    }

    // ---- seasons --------------------------------------------------------------------------------

    // "summer", "the summer of 2023", "winter 1998"; "fall" and "spring" need a determiner, a preposition or a year.
    private bool TrySeason(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        var word = W(j);
        if (word?.Season is not { } season)
        {
            return false;
        }

        var end = j + 1;
        var at = Is(end, "of") ? end + 1 : end;
        if (TryWrittenYear(at, out var year, out var afterYear))
        {
            hit = new Hit(afterYear, TimeExpressionType.Date, Year(year) + "-" + season, null);
            return true;
        }

        if (word.SeasonIsVerb && !prefix.The && !prefix.Part && !IsPrepBefore(prefix.Start))
        {
            return false;
        }

        hit = SeasonHit(end, season, CueRole.This);
        return true;
    }

    private Hit SeasonHit(int end, string season, CueRole role)
    {
        if (_reference is not { } reference)
        {
            return new Hit(end, TimeExpressionType.Date, "XXXX-" + season, _noReference);
        }

        var index = SeasonIndex(season);
        var now = SeasonIndex(reference);
        var year = role switch
        {
            CueRole.Last => index < now ? reference.Year : reference.Year - 1,
            CueRole.Next => index > now ? reference.Year : reference.Year + 1,
            _ => reference.Year,
        };
        return new Hit(end, TimeExpressionType.Date, Year(year) + "-" + season, null);
    }

    // ---- words that are times by themselves ------------------------------------------------------

    // "yesterday", "yesterday morning", "tonight", "now", "recently", "the past", "the future", "the near future".
    private bool TryRelative(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        var word = W(j);
        if (word is null)
        {
            return false;
        }

        if (prefix.The && Is(j, "past") && !IsQuantityStart(j + 1))
        {
            hit = new Hit(j + 1, TimeExpressionType.Date, "PAST_REF", null);
            return true;
        }

        if (Is(j, "near") && (Is(j + 1, "future") || Is(j + 1, "term")))
        {
            hit = new Hit(j + 2, TimeExpressionType.Date, "FUTURE_REF", null);
            return true;
        }

        if (Is(j, "future") && (prefix.The || (j > 0 && Is(j - 1, "in"))))
        {
            hit = new Hit(j + 1, TimeExpressionType.Date, "FUTURE_REF", null);
            return true;
        }

        if (Is(j, "present") && (prefix.The || (j > 0 && Is(j - 1, "at"))))
        {
            hit = new Hit(j + 1, TimeExpressionType.Date, "PRESENT_REF", null);
            return true;
        }

        switch (word.Relative)
        {
            case RelativeKind.Reference:
                hit = new Hit(j + 1, TimeExpressionType.Date, word.RelativeValue!, null) { DropsThe = true };
                return true;
            case RelativeKind.Day or RelativeKind.Night:
                var end = j + 1;
                var part = word.Relative == RelativeKind.Night ? "NI" : null;
                if (part is null && W(end) is { DayPart: { } dayPart, UnitPlural: false })
                {
                    part = dayPart;
                    end++;
                }

                if (_reference is not { } reference)
                {
                    hit = new Hit(end, part is null ? TimeExpressionType.Date : TimeExpressionType.Time, UnknownDay + (part is null ? "" : "T" + part), _noReference) { DropsThe = true };
                    return true;
                }

                var date = reference.AddDays(word.RelativeDays);
                hit = part is null
                    ? new Hit(end, TimeExpressionType.Date, Day(date), null, date) { DropsThe = true }
                    : new Hit(end, TimeExpressionType.Time, Day(date) + "T" + part, null, date) { DropsThe = true };
                return true;
            default:
                return false;
        }
    }

    // ---- holidays -------------------------------------------------------------------------------

    // "Christmas", "Thanksgiving Day", "New Year's Day 2024", "Easter".
    private bool TryHoliday(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        var word = W(j);
        if (word is null || word.Phrases.Count == 0 || !Capitalized(j))
        {
            return false;
        }

        foreach (var phrase in word.Phrases)
        {
            if (phrase.Holiday is not { } rule)
            {
                continue;
            }

            var end = PhraseEnd(j, phrase);
            if (end < 0)
            {
                continue;
            }

            var at = Is(end, ",") ? end + 1 : end;
            if (IsYearToken(at, out var year))
            {
                var date = rule.On(year);
                hit = new Hit(at + 1, TimeExpressionType.Date, Day(date), null, date) { DropsThe = true };
                return true;
            }

            if (_reference is not { } reference)
            {
                hit = new Hit(end, TimeExpressionType.Date, UnknownDay, _noReference) { DropsThe = true };
                return true;
            }

            var direction = CueBefore(prefix.Start);
            var best = rule.On(reference.Year);
            foreach (var candidate in new[] { rule.On(reference.Year - 1), rule.On(reference.Year + 1) })
            {
                var closer = Math.Abs(candidate.DayNumber - reference.DayNumber) < Math.Abs(best.DayNumber - reference.DayNumber);
                var onSide = direction != Direction.Future || candidate >= reference;
                if ((closer && onSide) || (direction == Direction.Future && best < reference && candidate >= reference))
                {
                    best = candidate;
                }
            }

            hit = new Hit(end, TimeExpressionType.Date, Day(best), null, best) { DropsThe = true };
            return true;
        }

        return false;
    }

    // ---- bare units -----------------------------------------------------------------------------

    // "the weekend", "the quarter", "for years", "in recent weeks" (handled by determiners), "the day before".
    private bool TryBareUnit(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        var word = W(j);
        if (word is null || word.Unit == TimeUnit.None)
        {
            return false;
        }

        // "decades-long", "a day-long meeting": a length told as an adjective.
        if (Is(j + 1, "-") && Attached(j + 1) && Is(j + 2, "long"))
        {
            hit = new Hit(j + 3, TimeExpressionType.Duration, Duration(1, word.UnitPlural, word.Unit), null) { DropsThe = true };
            return true;
        }

        // "year-end", "year end", "year's end": the close of the reference year.
        if (word.Unit == TimeUnit.Year && !word.UnitPlural && _reference is { } yearEnd)
        {
            var endAt = Is(j + 1, "-") && Attached(j + 1) ? j + 2 : Is(j + 1, "'") && Is(j + 2, "s") ? j + 3 : j + 1;
            if (Is(endAt, "end"))
            {
                hit = new Hit(endAt + 1, TimeExpressionType.Date, Year(yearEnd.Year), null) { DropsThe = true };
                return true;
            }
        }

        if (word.UnitPlural && !prefix.The)
        {
            // "for years", "in months", "decades of": an indefinite stretch.
            var before = prefix.Start - 1;
            if ((before >= 0 && TryRole(before, CueRole.Stretch, out var afterStretch) && afterStretch == prefix.Start)
                || Is(j + 1, "of") || Is(j + 1, "or"))
            {
                hit = new Hit(j + 1, TimeExpressionType.Duration, Duration(0, true, word.Unit), null);
                return true;
            }

            return false;
        }

        // "over the years", "through the decades".
        if (prefix.The && word.UnitPlural && word.Unit is TimeUnit.Year or TimeUnit.Decade or TimeUnit.Century)
        {
            hit = new Hit(j + 1, TimeExpressionType.Duration, Duration(0, true, word.Unit), null);
            return true;
        }

        if (!prefix.The || word.UnitPlural)
        {
            return false;
        }

        if (word.Unit is TimeUnit.Day or TimeUnit.Year && (Is(j + 1, "before") || Is(j + 1, "after")))
        {
            hit = new Hit(j + 2, TimeExpressionType.Date, word.Unit == TimeUnit.Day ? UnknownDay : "XXXX", TimeExpressionRecognizer.AnchoredToEvent);
            return true;
        }

        // "the year ended July 2": a fiscal year, told as a stretch of time.
        if (word.Unit == TimeUnit.Year && (Is(j + 1, "ended") || Is(j + 1, "ending")))
        {
            hit = new Hit(j + 1, TimeExpressionType.Duration, Duration(1, false, word.Unit), null);
            return true;
        }

        if (_reference is not { } reference)
        {
            return false;
        }

        if (word.Unit == TimeUnit.Weekend)
        {
            // The weekend just past, unless the week has reached Friday.
            var shift = IsoDay(reference) >= 5 || CueBefore(prefix.Start) == Direction.Future ? 0 : -1;
            hit = new Hit(j + 1, TimeExpressionType.Date, Shift(reference, TimeUnit.Weekend, shift), null);
            return true;
        }

        if (word.Unit == TimeUnit.Quarter)
        {
            // "the quarter": the one the text is about, else the one most recently reported.
            var latest = LatestQuarter(reference);
            hit = HasFocus(j)
                ? new Hit(j + 1, TimeExpressionType.Date, Quarter(_focusYear, _focusQuarter), null)
                : new Hit(j + 1, TimeExpressionType.Date, Quarter(latest.Year, QuarterOf(latest)), null);
            return true;
        }

        if ((prefix.Part && word.Unit is TimeUnit.Month or TimeUnit.Week) || word.Unit == TimeUnit.Year)
        {
            // "the end of the year", "the middle of the month".
            hit = new Hit(j + 1, TimeExpressionType.Date, Shift(reference, word.Unit, 0), null);
            return true;
        }

        return false;
    }
}
