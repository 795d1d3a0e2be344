using System.Globalization;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Times;

/// <summary>Calendar units a time expression can count or name.</summary>
internal enum TimeUnit
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// <summary>The grammatical role of a cue phrase in cues.txt.</summary>
internal enum CueRole
{
    Future,
    Last,
    This,
    Next,
    Approx,
    Part,
    Vague,
    Prep,
    Frequency,
    Extra,
    Stretch,
}

/// <summary>What kind of stand-alone time word a relative.txt entry is.</summary>
internal enum RelativeKind
{
    None,
    Day,
    Night,
    Reference,
}

/// <summary>A phrase of one or more words from a lexicon, matched token by token.</summary>
internal sealed record TimePhrase(string[] Words, CueRole? Role, HolidayRule? Holiday);

/// <summary>Everything the time lexicons say about one word; most words have one role, some several ("may", "second").</summary>
internal sealed class TimeWord
{
    public int Month { get; set; }

    /// <summary>A short form ("Nov") or a word that is also common English ("May", "March").</summary>
    public bool MonthNeedsContext { get; set; }

    /// <summary>A short form written with a period ("Nov."); the period belongs to the name.</summary>
    public bool MonthAbbreviation { get; set; }

    public int Weekday { get; set; }

    public bool WeekdayPlural { get; set; }

    public int Cardinal { get; set; } = -1;

    public int Ordinal { get; set; }

    public TimeUnit Unit { get; set; }

    public bool UnitPlural { get; set; }

    public string? Season { get; set; }

    public bool SeasonIsVerb { get; set; }

    public string? DayPart { get; set; }

    public RelativeKind Relative { get; set; }

    public int RelativeDays { get; set; }

    public string? RelativeValue { get; set; }

    public TimeOnly? Clock { get; set; }

    public bool ClockIsMidnight { get; set; }

    public string? SetPeriod { get; set; }

    public bool TimeZone { get; set; }

    /// <summary>Whether a time expression can begin at this word; cue-only words ("will", "in") cannot.</summary>
    public bool CanStart { get; set; }

    /// <summary>Cue and holiday phrases that start with this word, longest first.</summary>
    public List<TimePhrase> Phrases { get; } = [];
}

/// <summary>The time lexicons embedded under Resources/time, loaded once and shared; read-only after loading.</summary>
internal sealed class TimeLexicon
{

    private static readonly Lazy<TimeLexicon> Instance = new(() => new TimeLexicon(ReadResource));

    private readonly Dictionary<string, TimeWord> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // For each ASCII first letter, a bit per word length the lexicons hold: most words of a text
    // fail this test and skip the case-insensitive hash lookup.
    private readonly ulong[] _lengthsByInitial = new ulong[128];

    internal TimeLexicon(Func<string, string> readFile)
    {
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var fields in Lines(readFile("months.txt")))
        {
            var word = Word(fields[0]);
            word.Month = Int(fields[1]);
            word.MonthNeedsContext = fields.Length > 2;
            word.MonthAbbreviation = fields.Length > 2 && fields[2] == "abbr";
        }

        foreach (var fields in Lines(readFile("weekdays.txt")))
        {
            var word = Word(fields[0]);
            word.Weekday = Int(fields[1]);
            word.WeekdayPlural = fields.Length > 2 && fields[2] == "plural";
        }

        foreach (var fields in Lines(readFile("numbers.txt")))
        {
            Word(fields[0]).Cardinal = Int(fields[1]);
        }

        foreach (var fields in Lines(readFile("ordinals.txt")))
        {
            Word(fields[0]).Ordinal = Int(fields[1]);
        }

        foreach (var fields in Lines(readFile("units.txt")))
        {
            var word = Word(fields[0]);
            word.Unit = Enum.Parse<TimeUnit>(fields[1], ignoreCase: true);
            word.UnitPlural = fields.Length > 2 && fields[2] == "plural";
        }

        foreach (var fields in Lines(readFile("seasons.txt")))
        {
            var word = Word(fields[0]);
            word.Season = fields[1];
            word.SeasonIsVerb = fields.Length > 2 && fields[2] == "verb";
        }

        foreach (var fields in Lines(readFile("day-parts.txt")))
        {
            Word(fields[0]).DayPart = fields[1];
        }

        foreach (var fields in Lines(readFile("relative.txt")))
        {
            var word = Word(fields[0]);
            word.Relative = fields[1] switch
            {
                "day" => RelativeKind.Day,
                "night" => RelativeKind.Night,
                _ => RelativeKind.Reference,
            };
            if (word.Relative == RelativeKind.Reference)
            {
                word.RelativeValue = fields[2];
            }
            else
            {
                word.RelativeDays = Int(fields[2]);
            }
        }

        foreach (var fields in Lines(readFile("clock.txt")))
        {
            var word = Word(fields[0]);
            word.ClockIsMidnight = fields[1] == "24:00";
            word.Clock = word.ClockIsMidnight ? TimeOnly.MinValue : TimeOnly.ParseExact(fields[1], "HH:mm", CultureInfo.InvariantCulture);
        }

        foreach (var fields in Lines(readFile("sets.txt")))
        {
            Word(fields[0]).SetPeriod = fields[1];
        }

        foreach (var fields in Lines(readFile("time-zones.txt")))
        {
            Word(fields[0]).TimeZone = true;
        }

        foreach (var fields in Lines(readFile("grammar.txt")))
        {
            Word(fields[0]).CanStart = true;
        }

        foreach (var fields in Lines(readFile("cues.txt")))
        {
            var role = Enum.Parse<CueRole>(fields[0], ignoreCase: true);
            AddPhrase(string.Join(' ', fields.Skip(1)), role, null);
        }

        foreach (var line in Lines(readFile("holidays.txt")))
        {
            var joined = string.Join(' ', line);
            var bar = joined.IndexOf('|', StringComparison.Ordinal);
            AddPhrase(joined[..bar].Trim(), null, HolidayRule.Parse(joined[(bar + 1)..].Trim()));
        }

        foreach (var key in _words.Keys)
        {
            var initial = char.ToLowerInvariant(key[0]);
            if (initial < 128)
            {
                _lengthsByInitial[initial] |= 1UL << Math.Min(key.Length, 63);
            }
        }

        foreach (var word in _words.Values)
        {
            word.Phrases.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            word.CanStart |= word.Month > 0 || word.Weekday > 0 || word.Cardinal >= 0 || word.Ordinal > 0
                || word.Unit != TimeUnit.None || word.Season is not null || word.Relative != RelativeKind.None
                || word.Clock is not null || word.SetPeriod is not null
                || word.Phrases.Exists(p => p.Holiday is not null || p.Role is not (CueRole.Future or CueRole.Prep or CueRole.Frequency or CueRole.Stretch));
        }
    }

    /// <summary>The lexicon built from the embedded resources.</summary>
    public static TimeLexicon Shared => Instance.Value;

    /// <summary>The entry for a word, or null when no time lexicon lists it.</summary>
    public TimeWord? Find(ReadOnlySpan<char> word)
    {
        var initial = word.Length == 0 ? 0 : word[0] | 0x20;
        if (initial < 128 && (_lengthsByInitial[initial] & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return null;
        }

        return _lookup.TryGetValue(word, out var entry) ? entry : null;
    }

    /// <summary>Splits a phrase the way the recognizer tokenizes text: letter runs, digit runs, single symbols.</summary>
    internal static string[] SplitWords(string phrase)
    {
        var words = new List<string>();
        var i = 0;
        while (i < phrase.Length)
        {
            var c = phrase[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetter(c))
            {
                while (i < phrase.Length && char.IsLetter(phrase[i]))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c))
            {
                while (i < phrase.Length && char.IsDigit(phrase[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            words.Add(phrase[start..i]);
        }

        return [.. words];
    }

    private void AddPhrase(string phrase, CueRole? role, HolidayRule? holiday)
    {
        var words = SplitWords(phrase);
        Word(words[0]).Phrases.Add(new TimePhrase(words, role, holiday));
    }

    private TimeWord Word(string text)
    {
        if (!_words.TryGetValue(text, out var word))
        {
            word = new TimeWord();
            _words.Add(text, word);
        }

        return word;
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Lines(string content)
    {
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
    }

    private static string ReadResource(string file)
    {
        using var reader = new StreamReader(Resource.Open("time/" + file));
        return reader.ReadToEnd();
    }
}

/// <summary>How to find a holiday's date in a given year.</summary>
internal readonly record struct HolidayRule(int Month, int Day, int Nth, int Weekday, int EasterOffset, bool IsEaster)
{
    /// <summary>Parses "MM-DD", "nth MONTH N WEEKDAY" or "easter OFFSET".</summary>
    public static HolidayRule Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var inv = CultureInfo.InvariantCulture;
        return parts[0] switch
        {
            "nth" => new HolidayRule(int.Parse(parts[1], inv), 0, int.Parse(parts[2], NumberStyles.AllowLeadingSign, inv), int.Parse(parts[3], inv), 0, false),
            "easter" => new HolidayRule(0, 0, 0, 0, int.Parse(parts[1], NumberStyles.AllowLeadingSign, inv), true),
            _ => new HolidayRule(int.Parse(parts[0][..2], inv), int.Parse(parts[0][3..], inv), 0, 0, 0, false),
        };
    }

    /// <summary>The holiday's date in <paramref name="year"/>.</summary>
    public DateOnly On(int year)
    {
        if (IsEaster)
        {
            return EasterSunday(year).AddDays(EasterOffset);
        }

        if (Nth == 0)
        {
            return new DateOnly(year, Month, Day);
        }

        if (Nth > 0)
        {
            var first = new DateOnly(year, Month, 1);
            var shift = (Weekday - IsoDay(first) + 7) % 7;
            return first.AddDays(shift + (7 * (Nth - 1)));
        }

        var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
        return last.AddDays(-((IsoDay(last) - Weekday + 7) % 7));
    }

    internal static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
