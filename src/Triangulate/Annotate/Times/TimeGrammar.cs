using System.Globalization;
using static Triangulate.Annotate.Times.TimexValues;

namespace Triangulate.Annotate.Times;

/// <summary>
/// The time grammar over one text's tokens: at each token it tries optional prefixes (hedges such as
/// "about", parts such as "late" or "the end of", "the") and then each kind of core expression, and
/// keeps the first that matches. One instance serves one call; it is not shared.
/// </summary>
internal sealed class TimeGrammar
{
    private const int CueWindow = 6;

    // The largest count of units that "N units ago" resolves to a calendar value.
    private const int MaxShift = 1000;

    // How far back, in tokens, a quarter named in the text stays the period that "a year earlier" compares with.
    private const int FocusWindow = 80;

    private readonly string _text;
    private readonly List<TimeToken> _tokens;
    private readonly DateOnly? _reference;
    private readonly string _noReference;
    private int _focusToken = int.MinValue;
    private int _focusYear;
    private int _focusQuarter;

    public TimeGrammar(string text, List<TimeToken> tokens, DateOnly? reference, string noReference)
    {
        _text = text;
        _tokens = tokens;
        _reference = reference;
        _noReference = noReference;
    }

    public List<TimeExpression> Match(CancellationToken cancellationToken)
    {
        var found = new List<TimeExpression>();
        var i = 0;
        while (i < _tokens.Count)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = _tokens[i];
            if ((token.Word is { CanStart: true } || token.Kind == TimeTokenKind.Number) && TryAt(i, out var start, out var hit))
            {
                var first = _tokens[start];
                var last = _tokens[hit.End - 1];
                var length = last.End - first.Start;
                found.Add(new TimeExpression(first.Start, length, _text.Substring(first.Start, length), hit.Type, hit.Value, hit.Reason));
                NoteFocus(hit);
                i = hit.End;
                continue;
            }

            i++;
        }

        return found;
    }

    // A quarter named in the text ("the third quarter") becomes the period in focus: company reports
    // compare it with the same quarter a year before when they say "a year earlier" or "year-ago".
    private void NoteFocus(Hit hit)
    {
        var value = hit.Value;
        if (hit.NamesQuarter && value.Length == 7 && value[4] == '-' && value[5] == 'Q' && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            _focusToken = hit.End;
            _focusYear = year;
            _focusQuarter = value[6] - '0';
        }
    }

    private bool HasFocus(int at) => at - _focusToken is >= 0 and <= FocusWindow;

    // ---- prefixes -------------------------------------------------------------------------------

    private bool TryAt(int i, out int start, out Hit hit)
    {
        start = i;
        var j = i;
        var the = false;
        var part = false;
        var approx = false;
        for (var guard = 0; guard < 4 && j < _tokens.Count; guard++)
        {
            if (Is(j, "the"))
            {
                the = true;
                j++;
            }
            else if (TryRole(j, CueRole.Approx, out var end) && (Is(j, "some") ? IsQuantityStart(end) : IsApproxTarget(end)))
            {
                approx = true;
                j = end;
            }
            else if (TryRole(j, CueRole.Part, out end))
            {
                part = true;
                j = Is(end, "-") && Attached(end) ? end + 1 : end;
            }
            else
            {
                break;
            }
        }

        var prefix = new Prefix(i, the, part, approx);
        if (TryCore(j, prefix, out hit))
        {
            // "quarter-to-quarter", "year-to-year": comparisons, not times.
            if (Is(hit.End, "-") && Attached(hit.End) && Is(hit.End + 1, "to"))
            {
                return false;
            }

            // A bare "the" before a name ("the Friday meeting") is not part of the time.
            if (hit.DropsThe && the && !part && !approx && j == i + 1)
            {
                start = j;
            }

            return true;
        }

        return false;
    }

    private bool TryCore(int j, Prefix prefix, out Hit hit)
    {
        // Every core starts at a number or at a word the lexicons know.
        if (!Has(j) || (_tokens[j].Word is null && _tokens[j].Kind != TimeTokenKind.Number))
        {
            hit = default;
            return false;
        }

        return TryClockTime(j, out hit)
        || TryNumericDate(j, out hit)
        || TryEvery(j, out hit)
        || TryCount(j, prefix, out hit)
        || TryDeterminer(j, prefix, out hit)
        || TryYearEarlier(j, out hit)
        || TryOrdinalPeriod(j, out hit)
        || TryWeekday(j, prefix, out hit)
        || TryMonth(j, prefix, out hit)
        || TryDayMonth(j, prefix, out hit)
        || TryYear(j, prefix, out hit)
        || TrySeason(j, prefix, out hit)
        || TryRelative(j, prefix, out hit)
        || TryHoliday(j, prefix, out hit)
        || TryBareUnit(j, prefix, out hit)
        || TrySetWord(j, prefix, out hit);
    }

    // ---- clock times ----------------------------------------------------------------------------

    // "2 p.m.", "14:00 GMT", "10:35 a.m.", "noon", "4 in the morning", "9 a.m. EST Tuesday", "5 p.m., Nov. 6".
    private bool TryClockTime(int j, out Hit hit)
    {
        hit = default;
        if (!Has(j))
        {
            return false;
        }

        var token = _tokens[j];
        int hour, minute = 0;
        var k = j + 1;
        var colon = false;
        var named = false;
        if (token.Kind == TimeTokenKind.Number)
        {
            if (token.Value >= 0)
            {
                if (token.Value > 12)
                {
                    return false;
                }

                hour = token.Value;
            }
            else if (!TryParseClock(Span(j), out hour, out minute))
            {
                return false;
            }
            else
            {
                colon = true;
            }
        }
        else if (token.Word?.Clock is { } clock)
        {
            hour = token.Word.ClockIsMidnight ? 24 : clock.Hour;
            minute = clock.Minute;
            named = true;
        }
        else
        {
            return false;
        }

        var marked = false;
        if (TryMeridiem(k, out var pm, out var afterMeridiem))
        {
            if (hour is 0 or > 12)
            {
                return false;
            }

            hour = pm ? (hour % 12) + 12 : hour % 12;
            k = afterMeridiem;
            marked = true;
        }
        else if (Is(k, "o") && Is(k + 1, "'") && Is(k + 2, "clock"))
        {
            k += 3;
            marked = true;
        }
        else if (!named && Is(k, "in") && Is(k + 1, "the") && W(k + 2)?.DayPart is { } dayPart && !W(k + 2)!.UnitPlural)
        {
            if (dayPart is "AF" or "EV" or "NI" && hour < 12)
            {
                hour += 12;
            }

            k += 3;
            marked = true;
        }

        if (!marked && !colon && !named)
        {
            return false;
        }

        if (W(k)?.TimeZone == true)
        {
            k++;
        }

        var clockText = Clock(hour, minute);
        var dateStart = Is(k, ",") || Is(k, "on") ? k + 1 : k;
        if (TryDay(dateStart, j, out var day))
        {
            hit = new Hit(day.End, TimeExpressionType.Time, Anchor(day) + clockText, day.Reason);
            return true;
        }

        hit = _reference is { } reference
            ? new Hit(k, TimeExpressionType.Time, Day(reference) + clockText)
            : new Hit(k, TimeExpressionType.Time, UnknownDay + clockText, _noReference);
        return true;
    }

    private static string Anchor(Hit day) => day.Day is { } date ? Day(date) : day.Value;

    private static bool TryParseClock(ReadOnlySpan<char> text, out int hour, out int minute)
    {
        hour = minute = 0;
        var colon = text.IndexOf(':');
        if (colon is < 1 or > 2 || text.Length != colon + 3)
        {
            return false;
        }

        return int.TryParse(text[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out hour)
            && int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out minute)
            && minute <= 59 && (hour < 24 || (hour == 24 && minute == 0));
    }

    // "a.m.", "p.m", "am", "PM", attached or not.
    private bool TryMeridiem(int k, out bool pm, out int end)
    {
        pm = false;
        end = k;
        if (!Has(k) || _tokens[k].Kind != TimeTokenKind.Word)
        {
            return false;
        }

        var word = Span(k);
        if (word.Equals("am", StringComparison.OrdinalIgnoreCase) || word.Equals("pm", StringComparison.OrdinalIgnoreCase))
        {
            pm = word[0] is 'p' or 'P';
            end = k + 1;
            return true;
        }

        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("p", StringComparison.OrdinalIgnoreCase))
            && Is(k + 1, ".") && Attached(k + 1) && Is(k + 2, "m") && Attached(k + 2))
        {
            pm = word[0] is 'p' or 'P';
            end = Is(k + 3, ".") && Attached(k + 3) ? k + 4 : k + 3;
            return true;
        }

        return false;
    }

    // A day a clock time can sit on: a weekday, today/yesterday/tomorrow, or a month and day.
    private bool TryDay(int j, int cueStart, out Hit hit)
    {
        var none = new Prefix(cueStart, false, false, false);
        if (TryWeekday(j, none, out hit) && hit.Type == TimeExpressionType.Date)
        {
            return true;
        }

        if (W(j) is { Relative: RelativeKind.Day })
        {
            return TryRelative(j, none, out hit);
        }

        return TryMonth(j, none, out hit) && hit.Day is not null;
    }

    // ---- numeric dates --------------------------------------------------------------------------

    // "2023-11-15", "11/15/2023", "15/11/2023" (day first when the first number cannot be a month).
    private bool TryNumericDate(int j, out Hit hit)
    {
        hit = default;
        if (!Has(j) || _tokens[j].Kind != TimeTokenKind.Number || _tokens[j].Value >= 0)
        {
            return false;
        }

        var text = Span(j);
        int year, month, day;
        if (text.Length == 10 && text[4] == '-' && text[7] == '-')
        {
            if (!TryInt(text[..4], out year) || !TryInt(text[5..7], out month) || !TryInt(text[8..], out day))
            {
                return false;
            }
        }
        else if (text.Count('/') == 2)
        {
            var first = text.IndexOf('/');
            var second = text.LastIndexOf('/');
            if (!TryInt(text[..first], out month) || !TryInt(text[(first + 1)..second], out day) || !TryInt(text[(second + 1)..], out year))
            {
                return false;
            }

            if (month > 12 && day <= 12)
            {
                (month, day) = (day, month);
            }

            var yearDigits = text.Length - second - 1;
            if (yearDigits == 2)
            {
                year += year >= 50 ? 1900 : 2000;
            }
            else if (yearDigits != 4)
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        if (month is < 1 or > 12 || day < 1 || year is < 1000 or > 2999 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var date = new DateOnly(year, month, day);
        hit = new Hit(j + 1, TimeExpressionType.Date, Day(date), null, date);
        return true;
    }

    private static bool TryInt(ReadOnlySpan<char> text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

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

        // "once a week", "three times a year": a set, spanning the period.
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

    private bool IsFrequencyBefore(int start) =>
        start > 0 && (Is(start - 1, "times") || Is(start - 1, "once") || Is(start - 1, "twice") || Is(start - 1, "thrice"));

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
            if (text.Count('.') == 1 && double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out count))
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
                vague = true;
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

        if (TryRole(j, CueRole.Vague, out var roleEnd))
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

    // ---- weekdays -------------------------------------------------------------------------------

    // "Monday", "Friday night", "Friday's", "on Mondays" (a set), resolved by the cue words before it.
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

        // "Saturday, April 25", "Friday Oct. 13": the date says which one.
        if (part is null)
        {
            var dateAt = Is(end, ",") ? end + 1 : end;
            var none = new Prefix(dateAt, false, false, false);
            if (W(dateAt) is { Month: > 0 } && TryMonth(dateAt, none, out var dated) && dated.Day is { } date0 && IsoDay(date0) == weekday)
            {
                hit = new Hit(end, TimeExpressionType.Date, Day(date0), null, date0) { DropsThe = true };
                return true;
            }
        }

        if (_reference is not { } reference)
        {
            var unknown = $"XXXX-WXX-{weekday}" + (part is null ? "" : "T" + part);
            hit = new Hit(end, part is null ? TimeExpressionType.Date : TimeExpressionType.Time, unknown, _noReference) { DropsThe = true, Weekday = weekday };
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
        if (IsYearToken(at, out var monthYear))
        {
            hit = new Hit(at + 1, TimeExpressionType.Date, Month(monthYear, month), null) { DropsThe = true };
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
        if (IsYearToken(at, out var year))
        {
            hit = new Hit(at + 1, TimeExpressionType.Date, Year(year) + "-" + season, null);
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

        if (word.UnitPlural && !prefix.The)
        {
            // "for years", "in months", "decades of": an indefinite stretch.
            var before = prefix.Start - 1;
            if ((before >= 0 && (Is(before, "for") || Is(before, "in") || Is(before, "over") || Is(before, "within") || Is(before, "after")))
                || Is(j + 1, "of") || Is(j + 1, "or"))
            {
                hit = new Hit(j + 1, TimeExpressionType.Duration, Duration(0, true, word.Unit), null);
                return true;
            }

            return false;
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

    // ---- token helpers --------------------------------------------------------------------------

    private bool Has(int j) => j < _tokens.Count;

    private ReadOnlySpan<char> Span(int j) => _text.AsSpan(_tokens[j].Start, _tokens[j].Length);

    private bool Is(int j, string word) =>
        j < _tokens.Count && _tokens[j].Length == word.Length && Span(j).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool Attached(int j) => j < _tokens.Count && !_tokens[j].SpaceBefore;

    private TimeWord? W(int j) => j < _tokens.Count ? _tokens[j].Word : null;

    private bool Capitalized(int j) => char.IsUpper(_text[_tokens[j].Start]);

    private bool TryRole(int j, CueRole role, out int end)
    {
        end = j;
        if (W(j) is not { } word)
        {
            return false;
        }

        foreach (var phrase in word.Phrases)
        {
            if (phrase.Role == role && PhraseEnd(j, phrase) is var phraseEnd and > 0)
            {
                end = phraseEnd;
                return true;
            }
        }

        return false;
    }

    private int PhraseEnd(int j, TimePhrase phrase)
    {
        for (var w = 0; w < phrase.Words.Length; w++)
        {
            if (!Is(j + w, phrase.Words[w]))
            {
                return -1;
            }
        }

        return j + phrase.Words.Length;
    }

    private readonly record struct Prefix(int Start, bool The, bool Part, bool Approx);

    private readonly record struct Hit(int End, TimeExpressionType Type, string Value, string? Reason = null, DateOnly? Day = null)
    {
        /// <summary>Whether a lone "the" before this expression stays outside its span.</summary>
        public bool DropsThe { get; init; }

        /// <summary>Whether the text names this quarter itself, rather than one derived from another ("a year earlier").</summary>
        public bool NamesQuarter { get; init; }

        public int Weekday { get; init; }
    }
}
