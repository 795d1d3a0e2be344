using System.Globalization;
using static Triangulate.Annotate.Times.TimexValues;

namespace Triangulate.Annotate.Times;

// Sets, counted units, determiners and ordinal periods.
internal sealed partial class TimeGrammar
{
    // ---- sets -----------------------------------------------------------------------------------

    // "every day", "each year", "every other week", "every three years", "every Monday", "each July", "per year".
    private bool TryEvery(int j, out Hit hit)
    {
        hit = default;
        if (Is(j, "per") && W(j + 1) is { Unit: not TimeUnit.None, UnitPlural: false } perUnit)
        {
            hit = new Hit(j + 2, TimeExpressionType.Set, Duration(1, false, perUnit.Unit), null);
            return true;
        }

        if (!Is(j, "every") && !Is(j, "each"))
        {
            return false;
        }

        var k = j + 1;
        double every = 1;
        if (Is(k, "other"))
        {
            every = 2;
            k++;
        }

        var word = W(k);
        if (word is { Weekday: > 0 })
        {
            var dayPart = W(k + 1)?.DayPart;
            var end = dayPart is null ? k + 1 : k + 2;
            hit = new Hit(end, TimeExpressionType.Set, $"XXXX-WXX-{word.Weekday}" + (dayPart is null ? "" : "T" + dayPart), null);
            return true;
        }

        if (word is { Month: > 0, MonthNeedsContext: false } && Capitalized(k))
        {
            hit = new Hit(k + 1, TimeExpressionType.Set, string.Create(CultureInfo.InvariantCulture, $"XXXX-{word.Month:D2}"), null);
            return true;
        }

        if (word is { Season: { } season })
        {
            hit = new Hit(k + 1, TimeExpressionType.Set, "XXXX-" + season, null);
            return true;
        }

        if (word is { DayPart: { } part })
        {
            hit = new Hit(k + 1, TimeExpressionType.Set, "T" + part, null);
            return true;
        }

        if (word is { Unit: not TimeUnit.None })
        {
            hit = new Hit(k + 1, TimeExpressionType.Set, Duration(every, false, word.Unit), null);
            return true;
        }

        if (TryQuantity(k, allowArticle: false, out var count, out var vague, out var afterCount) && W(afterCount) is { Unit: not TimeUnit.None } counted)
        {
            hit = new Hit(afterCount + 1, TimeExpressionType.Set, Duration(count, vague, counted.Unit), null);
            return true;
        }

        return false;
    }

    private bool TrySetWord(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        if (W(j)?.SetPeriod is not { } period)
        {
            return false;
        }

        // "the daily", "a weekly magazine": after an article the word names a thing, not a recurrence.
        if (prefix.The || (j > 0 && (Is(j - 1, "the") || Is(j - 1, "a") || Is(j - 1, "an"))))
        {
            return false;
        }

        hit = new Hit(j + 1, TimeExpressionType.Set, period, null);
        return true;
    }

    // ---- counted units: durations, "N units ago" -------------------------------------------------

    // "three weeks", "twenty four hours", "a two-year term", "two years ago", "a year earlier", "a few days".
    private bool TryCount(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        double count;
        bool vague;
        int k;
        if (Is(j, "half") && (Is(j + 1, "a") || Is(j + 1, "an")) && W(j + 2) is { Unit: not TimeUnit.None })
        {
            count = 0.5;
            vague = false;
            k = j + 2;
        }
        else if (!TryQuantity(j, allowArticle: true, out count, out vague, out k))
        {
            return false;
        }

        // A range, "two to three weeks", "12 to 18 months": the upper bound.
        if ((Is(k, "to") || Is(k, "or")) && IsQuantityStart(k + 1) && TryQuantity(k + 1, allowArticle: false, out var upper, out var vagueUpper, out var afterUpper) && W(afterUpper)?.Unit is not (null or TimeUnit.None))
        {
            count = upper;
            vague = vagueUpper;
            k = afterUpper;
        }

        // "two more weeks", "an additional year".
        if (TryRole(k, CueRole.Extra, out var afterExtra) && afterExtra == k + 1 && W(k + 1)?.Unit is not (null or TimeUnit.None))
        {
            k++;
        }

        var hyphenated = Is(k, "-") && Attached(k) && Has(k + 1) && !_tokens[k + 1].SpaceBefore;
        if (hyphenated)
        {
            k++;
        }

        var unitWord = W(k);
        if (unitWord is null || unitWord.Unit == TimeUnit.None)
        {
            return false;
        }

        var unit = unitWord.Unit;
        var end = k + 1;

        // "a decades-long feud": an article counts one, never many.
        if ((Is(j, "a") || Is(j, "an")) && !vague && count == 1 && unitWord.UnitPlural)
        {
            return false;
        }

        // "a second round", "a second time": the ordinal, not one second.
        if (unit == TimeUnit.Second && !unitWord.UnitPlural && k == j + 1 && (Is(j, "a") || Is(j, "an"))
            && Has(end) && _tokens[end].Kind == TimeTokenKind.Word && !Is(end, "later") && !Is(end, "ago") && !Is(end, "or") && !Is(end, "and"))
        {
            return false;
        }

        // "the 1988 quarter", "the 1988 second quarter": a year, not a count.
        if (!unitWord.UnitPlural && _tokens[j].Kind == TimeTokenKind.Number && _tokens[j].Length == 4)
        {
            return false;
        }

        // Ages and sizes are not times: "a 12-year-old", "five years old", "ten years of age".
        if (Is(end, "old") || (Is(end, "-") && Is(end + 1, "old")) || (Is(end, "of") && Is(end + 1, "age")))
        {
            return false;
        }

        if (Is(end, "and") && Is(end + 1, "a") && Is(end + 2, "half"))
        {
            count += 0.5;
            end += 3;
        }

        if (Is(end, "or") && Is(end + 1, "so"))
        {
            end += 2;
        }

        // "once a week", "three times a year", "$5 a month": a set, spanning the period.
        if ((Is(j, "a") || Is(j, "an")) && k == j + 1 && !unitWord.UnitPlural && IsFrequencyBefore(prefix.Start))
        {
            hit = new Hit(end, TimeExpressionType.Set, Duration(1, false, unit), null);
            return true;
        }

        var sign = 0;
        if (Is(end, "ago") || (Is(end, "earlier") && !prefix.The))
        {
            sign = -1;
        }
        else if ((Is(end, "from") && Is(end + 1, "now")) || Is(end, "hence"))
        {
            sign = 1;
            end += Is(end, "from") ? 1 : 0;
        }

        if (sign != 0)
        {
            end++;

            // "a million years ago" is past, not a calendar date.
            if (vague || count > MaxShift)
            {
                hit = new Hit(end, TimeExpressionType.Date, sign < 0 ? "PAST_REF" : "FUTURE_REF", null);
            }
            else if (sign < 0 && unit == TimeUnit.Year && HasFocus(j))
            {
                hit = new Hit(end, TimeExpressionType.Date, Quarter(_focusYear - (int)Math.Round(count), _focusQuarter), null);
            }
            else if (_reference is { } reference)
            {
                hit = new Hit(end, TimeExpressionType.Date, Shift(reference, unit, sign * (int)Math.Round(count)), null);
            }
            else
            {
                hit = new Hit(end, TimeExpressionType.Date, UnknownShift(unit), _noReference);
            }

            return true;
        }

        // A hyphenated count is an adjective ("the two-year term"); the article belongs to the noun.
        hit = new Hit(end, TimeExpressionType.Duration, Duration(count, vague, unit), null) { DropsThe = hyphenated };
        return true;
    }

    // "twice a year", "358,000 a month", "24 hours a day": a rate, so the period repeats.
    private bool IsFrequencyBefore(int start) =>
        start > 0 && ((TryRole(start - 1, CueRole.Frequency, out var end) && end == start)
            || _tokens[start - 1].Kind == TimeTokenKind.Number || W(start - 1) is { Unit: not TimeUnit.None });

    // A hedge ("about", "nearly") goes with a count, a clock time or a named day, not with "the future".
    private bool IsApproxTarget(int j)
    {
        var k = Is(j, "the") ? j + 1 : j;
        return (Has(k) && _tokens[k].Kind == TimeTokenKind.Number) || Is(k, "a") || Is(k, "an") || Is(k, "half")
            || W(k) is { Month: > 0 } or { Weekday: > 0 } or { Clock: not null } or { Cardinal: >= 0 }
            || TryRole(k, CueRole.Vague, out _) || TryRole(k, CueRole.Last, out _) || TryRole(k, CueRole.Next, out _);
    }

    private bool IsQuantityStart(int j) =>
        Has(j) && ((_tokens[j].Kind == TimeTokenKind.Number && _tokens[j].Value >= 0) || W(j)?.Cardinal > 0);

    // A count: digits, number words ("twenty four", "twenty-four", "a hundred"), "a"/"an", or a vague
    // quantity ("several", "a few", "a couple of").
    private bool TryQuantity(int j, bool allowArticle, out double count, out bool vague, out int end)
    {
        count = 0;
        vague = false;
        end = j;
        if (!Has(j))
        {
            return false;
        }

        var token = _tokens[j];
        if (token.Kind == TimeTokenKind.Number)
        {
            if (token.Value >= 0)
            {
                // "2,000" and "1998" are not counts of time units here unless a unit follows; the caller checks.
                count = token.Value;
                end = j + 1;
                return true;
            }

            var text = Span(j);
            // "1.5 years", "1,000 years".
            if ((text.Count('.') == 1 && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out count))
                || (text.Count('.') == 0 && text.Count(':') == 0 && text.Count('/') == 0 && text.Count('-') == 0
                    && double.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out count)))
            {
                end = j + 1;
                return true;
            }

            return false;
        }

        if (Is(j, "a") || Is(j, "an"))
        {
            if ((Is(j + 1, "few") || Is(j + 1, "couple")) && TryRole(j + 1, CueRole.Vague, out var vagueEnd))
            {
                // "a couple of years" is two; "a few" stays vague.
                vague = !Is(j + 1, "couple");
                count = vague ? 0 : 2;
                end = vagueEnd;
                return true;
            }

            if (W(j + 1)?.Cardinal is 100 or 1000 or 12)
            {
                count = W(j + 1)!.Cardinal;
                end = j + 2;
                return true;
            }

            if (!allowArticle)
            {
                return false;
            }

            count = 1;
            end = j + 1;
            return true;
        }

        if (TryRole(j, CueRole.Vague, out var roleEnd) && Is(j, "couple"))
        {
            count = 2;
            end = roleEnd;
            return true;
        }

        if (TryRole(j, CueRole.Vague, out roleEnd))
        {
            vague = true;
            end = roleEnd;
            return true;
        }

        var cardinal = W(j)?.Cardinal ?? -1;
        if (cardinal < 0)
        {
            return false;
        }

        var total = cardinal;
        var k = j + 1;
        if (cardinal is >= 20 and < 100 && cardinal % 10 == 0)
        {
            var units = Is(k, "-") && Attached(k) ? k + 1 : k;
            if (W(units)?.Cardinal is >= 1 and <= 9)
            {
                total += W(units)!.Cardinal;
                k = units + 1;
            }
        }

        if (W(k)?.Cardinal is 100 or 1000)
        {
            total *= W(k)!.Cardinal;
            k++;
        }

        count = total;
        end = k;
        return true;
    }

    // ---- determiners: last / this / next ---------------------------------------------------------

    // "last week", "this morning", "next Monday", "the past three weeks", "the coming months", "last November".
    private bool TryDeterminer(int j, Prefix prefix, out Hit hit)
    {
        hit = default;
        CueRole role;
        int k;
        if (TryRole(j, CueRole.Last, out k))
        {
            role = CueRole.Last;
        }
        else if (TryRole(j, CueRole.This, out k))
        {
            role = CueRole.This;
        }
        else if (TryRole(j, CueRole.Next, out k))
        {
            role = CueRole.Next;
        }
        else if (Is(j, "recent") && W(j + 1) is { UnitPlural: true } recentUnit)
        {
            hit = new Hit(j + 2, TimeExpressionType.Duration, Duration(0, true, recentUnit.Unit), null);
            return true;
        }
        else
        {
            return false;
        }

        // "this coming Sunday", "this past spring": the second word says which.
        if (role == CueRole.This && (TryRole(k, CueRole.Last, out var chained) || TryRole(k, CueRole.Next, out chained)))
        {
            role = TryRole(k, CueRole.Last, out _) ? CueRole.Last : CueRole.Next;
            j = k;
            k = chained;
        }

        var lastWord = Is(j, "last") || Is(j, "past");

        // "the past three weeks", "the next few years", "last 20 years".
        if (role != CueRole.This && TryQuantity(k, allowArticle: false, out var count, out var vague, out var afterCount)
            && W(afterCount) is { Unit: not TimeUnit.None } counted)
        {
            hit = new Hit(afterCount + 1, TimeExpressionType.Duration, Duration(count, vague, counted.Unit), null);
            return true;
        }

        var word = W(k);
        if (word is null)
        {
            return false;
        }

        var shift = role switch
        {
            CueRole.Last => -1,
            CueRole.Next => 1,
            _ => 0,
        };

        // "the latest period", "the previous period": the quarter a company report is about.
        if (role == CueRole.Last && Is(k, "period") && _reference is { } periodReference)
        {
            var latest = LatestQuarter(periodReference);
            hit = HasFocus(j)
                ? new Hit(k + 1, TimeExpressionType.Date, Quarter(_focusYear, _focusQuarter), null)
                : new Hit(k + 1, TimeExpressionType.Date, Quarter(latest.Year, QuarterOf(latest)), null);
            return true;
        }

        if (word.Unit != TimeUnit.None)
        {
            if (word.UnitPlural)
            {
                // "the coming months", "past weeks", "these days": an indefinite stretch on one side of now.
                var value = role switch
                {
                    CueRole.Last => "PAST_REF",
                    CueRole.Next => "FUTURE_REF",
                    _ => "PRESENT_REF",
                };
                hit = new Hit(k + 1, TimeExpressionType.Date, value, null);
                return true;
            }

            if (prefix.The && word.Unit == TimeUnit.Day && role != CueRole.This)
            {
                // "the next day", "the previous day": relative to an event told in the text.
                hit = new Hit(k + 1, TimeExpressionType.Date, UnknownDay, TimeExpressionRecognizer.AnchoredToEvent);
                return true;
            }

            if (role == CueRole.Last && lastWord && (prefix.The || Is(j, "past")) && word.Unit != TimeUnit.Quarter)
            {
                // "the past year", "the last week", "past decade": a stretch of time up to now.
                hit = new Hit(k + 1, TimeExpressionType.Duration, Duration(1, false, word.Unit), null);
                return true;
            }

            if (_reference is not { } reference)
            {
                hit = new Hit(k + 1, TimeExpressionType.Date, UnknownShift(word.Unit), _noReference);
                return true;
            }

            if (word.Unit == TimeUnit.Quarter)
            {
                var latest = LatestQuarter(reference);
                var quarter = role switch
                {
                    CueRole.Last => latest,
                    CueRole.Next => reference.AddMonths(3),
                    _ => reference,
                };
                hit = new Hit(k + 1, TimeExpressionType.Date, Quarter(quarter.Year, QuarterOf(quarter)), null) { NamesQuarter = true };
                return true;
            }

            // "this year's third quarter", "last year's fourth quarter".
            if (word.Unit == TimeUnit.Year && Is(k + 1, "'") && Is(k + 2, "s") && TryOrdinal(k + 3, out var ordinal, out var afterOrdinal)
                && ordinal is >= 1 and <= 4 && W(afterOrdinal) is { Unit: TimeUnit.Quarter, UnitPlural: false })
            {
                hit = new Hit(afterOrdinal + 1, TimeExpressionType.Date, Quarter(reference.Year + shift, ordinal), null) { NamesQuarter = true };
                return true;
            }

            hit = new Hit(k + 1, TimeExpressionType.Date, Shift(reference, word.Unit, shift), null);
            return true;
        }

        var direction = role switch
        {
            CueRole.Last => Direction.StrictPast,
            CueRole.Next => Direction.StrictFuture,
            _ => Direction.Same,
        };

        if (word.Weekday > 0 && !word.WeekdayPlural)
        {
            return WeekdayHit(k, word.Weekday, direction, out hit);
        }

        if (word.Month > 0 && Capitalized(k))
        {
            // "last Oct. 23" names the day; the day's own rule resolves it.
            var afterMonth = word.MonthAbbreviation && Is(k + 1, ".") ? k + 2 : k + 1;
            if (TryDayNumber(afterMonth, out _, out _) || (word.MonthAbbreviation && afterMonth == k + 1))
            {
                return false;
            }

            var end = afterMonth;
            if (_reference is { } reference)
            {
                var year = YearForMonth(reference, word.Month, direction);
                hit = new Hit(end, TimeExpressionType.Date, Month(year, word.Month), null);
            }
            else
            {
                hit = new Hit(end, TimeExpressionType.Date, string.Create(CultureInfo.InvariantCulture, $"XXXX-{word.Month:D2}"), _noReference);
            }

            return true;
        }

        if (word.Season is { } season)
        {
            hit = SeasonHit(k + 1, season, role);
            return true;
        }

        if (word.DayPart is { } part && !word.UnitPlural)
        {
            // "this morning", "last night", "tomorrow" is handled as a relative word.
            var days = role == CueRole.Last ? -1 : role == CueRole.Next ? 1 : 0;
            if (role == CueRole.Next && prefix.The)
            {
                // "the next morning": the morning after an event told in the text.
                hit = new Hit(k + 1, TimeExpressionType.Time, UnknownDay + "T" + part, TimeExpressionRecognizer.AnchoredToEvent);
                return true;
            }

            if (role == CueRole.Next && part != "NI")
            {
                return false;
            }

            hit = _reference is { } reference
                ? new Hit(k + 1, TimeExpressionType.Time, Day(reference.AddDays(days)) + "T" + part)
                : new Hit(k + 1, TimeExpressionType.Time, UnknownDay + "T" + part, _noReference);
            return true;
        }

        return false;
    }

    // The most recently completed quarter: what company reports mean by "the quarter".
    private static DateOnly LatestQuarter(DateOnly reference) => reference.AddMonths(-3);

    // "the year-earlier quarter", "year-ago", "the year-earlier period".
    private bool TryYearEarlier(int j, out Hit hit)
    {
        hit = default;
        if (!Is(j, "year") || !Is(j + 1, "-") || !(Is(j + 2, "earlier") || Is(j + 2, "ago")))
        {
            return false;
        }

        var end = j + 3;

        // "the year-earlier third quarter".
        if (TryOrdinal(end, out var ordinal, out var afterOrdinal) && ordinal is >= 1 and <= 4 && W(afterOrdinal) is { Unit: TimeUnit.Quarter, UnitPlural: false })
        {
            hit = _reference is { } anchor
                ? new Hit(afterOrdinal + 1, TimeExpressionType.Date, Quarter(anchor.Year - 1, ordinal), null)
                : new Hit(afterOrdinal + 1, TimeExpressionType.Date, "XXXX-Q" + ordinal.ToString(CultureInfo.InvariantCulture), _noReference);
            return true;
        }

        var quarter = Is(end, "quarter");
        var noun = quarter || Is(end, "period");
        if (noun)
        {
            end++;
        }

        if (HasFocus(j))
        {
            hit = new Hit(end, TimeExpressionType.Date, Quarter(_focusYear - 1, _focusQuarter), null) { DropsThe = !noun };
            return true;
        }

        if (_reference is not { } reference)
        {
            hit = new Hit(end, TimeExpressionType.Date, quarter ? "XXXX-QX" : "XXXX", _noReference);
            return true;
        }

        var latest = LatestQuarter(reference);
        hit = quarter
            ? new Hit(end, TimeExpressionType.Date, Quarter(latest.Year - 1, QuarterOf(latest)), null)
            : new Hit(end, TimeExpressionType.Date, Year(reference.Year - 1), null) { DropsThe = !noun };
        return true;
    }

    // ---- ordinal periods: quarters, halves, centuries --------------------------------------------

    // "the third quarter", "third-quarter", "the fourth quarter of 1989", "Q3 2023", "the first half", "the 20th century".
    private bool TryOrdinalPeriod(int j, out Hit hit)
    {
        hit = default;
        int ordinal;
        int k;
        if (Is(j, "q") && Has(j + 1) && _tokens[j + 1].Kind == TimeTokenKind.Number && Attached(j + 1) && _tokens[j + 1].Value is >= 1 and <= 4)
        {
            ordinal = _tokens[j + 1].Value;
            k = j + 2;
            return QuarterHit(j, ordinal, k, out hit);
        }

        if (!TryOrdinal(j, out ordinal, out k))
        {
            return false;
        }

        var hyphenated = Is(k, "-") && Attached(k);
        if (hyphenated)
        {
            k++;
        }

        if (Is(k, "fiscal"))
        {
            k++;
        }

        var word = W(k);
        if (word is { Unit: TimeUnit.Quarter, UnitPlural: false } && ordinal is >= 1 and <= 4)
        {
            QuarterHit(j, ordinal, k + 1, out hit);
            hit = hit with { DropsThe = hyphenated };
            return true;
        }

        // "the first nine months", "the first two weeks".
        if (ordinal == 1 && _tokens[j].Kind == TimeTokenKind.Word
            && TryQuantity(k, allowArticle: false, out var count, out var vague, out var afterCount) && W(afterCount) is { Unit: not TimeUnit.None, UnitPlural: true } counted)
        {
            hit = new Hit(afterCount + 1, TimeExpressionType.Duration, Duration(count, vague, counted.Unit), null);
            return true;
        }

        if (Is(k, "half") && ordinal is 1 or 2)
        {
            var end = k + 1;
            var year = YearAfter(ref end);
            hit = year is { } y
                ? new Hit(end, TimeExpressionType.Date, Year(y) + "-H" + ordinal.ToString(CultureInfo.InvariantCulture), null)
                : new Hit(end, TimeExpressionType.Date, "XXXX-H" + ordinal.ToString(CultureInfo.InvariantCulture), _noReference);
            return true;
        }

        if (word is { Unit: TimeUnit.Century, UnitPlural: false } && ordinal is >= 1 and <= 30)
        {
            hit = new Hit(k + 1, TimeExpressionType.Date, (ordinal - 1).ToString("D2", CultureInfo.InvariantCulture), null);
            return true;
        }

        return false;
    }

    private bool QuarterHit(int j, int quarter, int end, out Hit hit)
    {
        var written = end;
        var year = YearAfter(ref end);

        // A quarter that has not begun yet, told without a year or a future cue, is last year's.
        if (end == written && _reference is { } reference && quarter > QuarterOf(reference) && CueBefore(j) != Direction.Future)
        {
            year = reference.Year - 1;
        }

        hit = year is { } y
            ? new Hit(end, TimeExpressionType.Date, Quarter(y, quarter), null) { NamesQuarter = true }
            : new Hit(end, TimeExpressionType.Date, "XXXX-Q" + quarter.ToString(CultureInfo.InvariantCulture), _noReference);
        return true;
    }

    // The year written after a period ("of 1989", ", 2023", "2023"), else the reference year.
    private int? YearAfter(ref int end)
    {
        var k = Is(end, "of") || Is(end, ",") ? end + 1 : end;
        if (IsYearToken(k, out var written))
        {
            end = k + 1;
            return written;
        }

        return _reference?.Year;
    }

    private bool TryOrdinal(int j, out int ordinal, out int end)
    {
        ordinal = 0;
        end = j;
        if (!Has(j))
        {
            return false;
        }

        var token = _tokens[j];
        if (token.Kind == TimeTokenKind.Number && token.Value is >= 1 and <= 99 && Has(j + 1) && Attached(j + 1)
            && (Is(j + 1, "st") || Is(j + 1, "nd") || Is(j + 1, "rd") || Is(j + 1, "th")))
        {
            ordinal = token.Value;
            end = j + 2;
            return true;
        }

        var word = W(j);
        if (word is null)
        {
            return false;
        }

        if (word.Ordinal > 0)
        {
            ordinal = word.Ordinal;
            end = j + 1;
            return true;
        }

        // "twenty-first", "thirty first".
        if (word.Cardinal is >= 20 and < 100 && word.Cardinal % 10 == 0)
        {
            var k = Is(j + 1, "-") && Attached(j + 1) ? j + 2 : j + 1;
            if (W(k)?.Ordinal is >= 1 and <= 9)
            {
                ordinal = word.Cardinal + W(k)!.Ordinal;
                end = k + 1;
                return true;
            }
        }

        return false;
    }
}
