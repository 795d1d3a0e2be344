using System.Globalization;

namespace Triangulate.Claims;

/// <summary>Reads the span of days a resolved TIMEX3 date value covers: a day, a week, a month or a year.</summary>
internal static class TimexRange
{
    /// <summary>The days <paramref name="value"/> covers (<c>2024-05-14TNI</c> is that day, <c>2024-W23</c> that week), or null for anything else.</summary>
    public static DateRange? Parse(string value)
    {
        if (value.Length >= 10 && TryDay(value.AsSpan(0, 10), out var day))
        {
            return new DateRange(day, day);
        }

        if (value.Length == 8 && value[4] == '-' && value[5] == 'W'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var isoYear)
            && int.TryParse(value.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            && week is >= 1 and <= 53 && isoYear is >= 1 and < 9999)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(isoYear, Math.Min(week, ISOWeek.GetWeeksInYear(isoYear)), DayOfWeek.Monday));
            return new DateRange(monday, monday.AddDays(6));
        }

        if (value.Length == 7 && value[4] == '-'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12 && year is >= 1 and < 9999)
        {
            var first = new DateOnly(year, month, 1);
            return new DateRange(first, first.AddMonths(1).AddDays(-1));
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var onlyYear) && onlyYear >= 1)
        {
            return new DateRange(new DateOnly(onlyYear, 1, 1), new DateOnly(onlyYear, 12, 31));
        }

        return null;
    }

    /// <summary>The day of a value that names one (<c>2024-05-14</c>, <c>2024-05-14T22:00</c>).</summary>
    public static DateOnly? Day(string value) =>
        value.Length >= 10 && TryDay(value.AsSpan(0, 10), out var day) && (value.Length == 10 || value[10] == 'T') ? day : null;

    private static bool TryDay(ReadOnlySpan<char> text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
