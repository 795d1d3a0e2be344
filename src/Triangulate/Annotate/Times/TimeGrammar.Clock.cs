using System.Globalization;
using static Triangulate.Annotate.Times.TimexValues;

namespace Triangulate.Annotate.Times;

// Clock times and numeric dates.
internal sealed partial class TimeGrammar
{
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
}
