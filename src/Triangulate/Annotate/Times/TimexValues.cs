using System.Globalization;

namespace Triangulate.Annotate.Times;

/// <summary>Formats TIMEX3 values and does the calendar arithmetic that resolves them.</summary>
internal static class TimexValues
{
    public const string UnknownDay = "XXXX-XX-XX";

    // How far ahead a month and day told without a year or a future cue may lie; news mostly reports the past.
    private const int FutureReachDays = 91;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", Inv);

    public static string Month(int year, int month) => string.Create(Inv, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", Inv);

    public static string Quarter(int year, int quarter) => string.Create(Inv, $"{year:D4}-Q{quarter}");

    public static string Week(DateOnly date)
    {
        var day = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(Inv, $"{ISOWeek.GetYear(day):D4}-W{ISOWeek.GetWeekOfYear(day):D2}");
    }

    public static string Clock(int hour, int minute) => string.Create(Inv, $"T{hour:D2}:{minute:D2}");

    public static int QuarterOf(DateOnly date) => ((date.Month - 1) / 3) + 1;

    public static int IsoDay(DateOnly date) => HolidayRule.IsoDay(date);

    /// <summary>A duration: "P3W", "PT24H", "PXY" when the count is vague.</summary>
    public static string Duration(double count, bool vague, TimeUnit unit)
    {
        // "half an hour" is PT30M, "a year and a half" P18M: a fraction moves to the next smaller unit.
        if (!vague && count != Math.Floor(count))
        {
            var (smaller, factor) = unit switch
            {
                TimeUnit.Year => (TimeUnit.Month, 12),
                TimeUnit.Week => (TimeUnit.Day, 7),
                TimeUnit.Day => (TimeUnit.Hour, 24),
                TimeUnit.Hour => (TimeUnit.Minute, 60),
                TimeUnit.Minute => (TimeUnit.Second, 60),
                _ => (TimeUnit.None, 0),
            };
            if (factor > 0 && count * factor == Math.Floor(count * factor))
            {
                return Duration(count * factor, false, smaller);
            }
        }

        string N(double factor) => vague ? "X" : (count * factor).ToString(Inv);
        return unit switch
        {
            TimeUnit.Second => $"PT{N(1)}S",
            TimeUnit.Minute => $"PT{N(1)}M",
            TimeUnit.Hour => $"PT{N(1)}H",
            TimeUnit.Day => $"P{N(1)}D",
            TimeUnit.Week => $"P{N(1)}W",
            TimeUnit.Weekend => $"P{N(1)}WE",
            TimeUnit.Fortnight => $"P{N(2)}W",
            TimeUnit.Month => $"P{N(1)}M",
            TimeUnit.Quarter => vague ? "PXQ" : $"P{N(3)}M",
            TimeUnit.Year => $"P{N(1)}Y",
            TimeUnit.Decade => vague ? "PXDE" : $"P{N(10)}Y",
            TimeUnit.Century => vague ? "PXCE" : $"P{N(100)}Y",
            _ => "PXX",
        };
    }

    /// <summary>The period <paramref name="count"/> units away from <paramref name="reference"/>, at the unit's granularity.</summary>
    public static string Shift(DateOnly reference, TimeUnit unit, int count) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour => Day(reference),
        TimeUnit.Day => Day(reference.AddDays(count)),
        TimeUnit.Week => Week(reference.AddDays(7 * count)),
        TimeUnit.Weekend => Week(reference.AddDays(7 * count)) + "-WE",
        TimeUnit.Fortnight => Week(reference.AddDays(14 * count)),
        TimeUnit.Month => Month(reference.AddMonths(count).Year, reference.AddMonths(count).Month),
        TimeUnit.Quarter => Quarter(reference.AddMonths(3 * count).Year, QuarterOf(reference.AddMonths(3 * count))),
        TimeUnit.Decade => Year(reference.Year + (10 * count)),
        TimeUnit.Century => Year(reference.Year + (100 * count)),
        _ => Year(reference.Year + count),
    };

    /// <summary>The value with X's for a shifted period when there is no reference date.</summary>
    public static string UnknownShift(TimeUnit unit) => unit switch
    {
        TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Day => UnknownDay,
        TimeUnit.Week or TimeUnit.Fortnight => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        _ => "XXXX",
    };

    /// <summary>The weekday <paramref name="isoDay"/> nearest the reference in the given direction.</summary>
    public static DateOnly Weekday(DateOnly reference, int isoDay, Direction direction)
    {
        var today = IsoDay(reference);
        return direction switch
        {
            Direction.Future => reference.AddDays((isoDay - today + 7) % 7),
            Direction.StrictFuture => reference.AddDays(((isoDay - today + 6) % 7) + 1),
            Direction.StrictPast => reference.AddDays(-(((today - isoDay + 6) % 7) + 1)),
            Direction.Same => reference.AddDays(isoDay - today),
            _ => reference.AddDays(-((today - isoDay + 7) % 7)),
        };
    }

    /// <summary>The year for a month and day written without one: nearest the reference, or on the cued side of it.</summary>
    public static int YearForDay(DateOnly reference, int month, int day, Direction direction)
    {
        var best = 0;
        var bestDistance = int.MaxValue;

        // The nearest year on the allowed side; failing that (February 29), the nearest year that has the day.
        for (var pass = 0; pass < 2 && best == 0; pass++)
        {
            var reach = pass == 0 ? 1 : 4;
            for (var year = reference.Year - reach; year <= reference.Year + reach; year++)
            {
                if (day > DateTime.DaysInMonth(year, month))
                {
                    continue;
                }

                var distance = new DateOnly(year, month, day).DayNumber - reference.DayNumber;
                var allowed = pass == 1 || direction switch
                {
                    Direction.Future or Direction.StrictFuture => distance >= 0,
                    Direction.Past or Direction.StrictPast => distance <= 0,
                    _ => distance <= FutureReachDays,
                };
                if (allowed && Math.Abs(distance) < bestDistance)
                {
                    best = year;
                    bestDistance = Math.Abs(distance);
                }
            }
        }

        return best;
    }

    /// <summary>The year for a month named alone: the nearest such month, or on the cued side of the reference.</summary>
    public static int YearForMonth(DateOnly reference, int month, Direction direction)
    {
        var difference = month - reference.Month;
        return direction switch
        {
            Direction.Future => difference >= 0 ? reference.Year : reference.Year + 1,
            Direction.StrictFuture => difference > 0 ? reference.Year : reference.Year + 1,
            Direction.Past => difference <= 0 ? reference.Year : reference.Year - 1,
            Direction.StrictPast => difference < 0 ? reference.Year : reference.Year - 1,
            Direction.Same => reference.Year,
            _ => difference > 3 ? reference.Year - 1 : difference < -9 ? reference.Year + 1 : reference.Year,
        };
    }

    /// <summary>The index (0 winter .. 3 fall) of a TIMEX3 season code, and of the season a date falls in.</summary>
    public static int SeasonIndex(string code) => code switch
    {
        "WI" => 0,
        "SP" => 1,
        "SU" => 2,
        _ => 3,
    };

    public static int SeasonIndex(DateOnly date) => date.Month switch
    {
        12 or 1 or 2 => 0,
        >= 3 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        _ => 3,
    };
}

/// <summary>Which occurrence of a named time (a weekday, a month) an expression means, relative to the reference date.</summary>
internal enum Direction
{
    /// <summary>News convention: the most recent one, on or before the reference.</summary>
    Default,

    /// <summary>On or before the reference ("past" tense cues).</summary>
    Past,

    /// <summary>Strictly before the reference ("last Monday").</summary>
    StrictPast,

    /// <summary>On or after the reference ("will meet on Monday").</summary>
    Future,

    /// <summary>Strictly after the reference ("next Monday").</summary>
    StrictFuture,

    /// <summary>In the same week, month or year as the reference ("this Monday").</summary>
    Same,
}
