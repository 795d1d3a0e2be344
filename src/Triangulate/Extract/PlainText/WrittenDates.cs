using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Extract.PlainText;

/// <summary>Rewrites dates as news pages write them ("Tuesday, Nov. 3rd, 2023 at 8:18 p.m. EST") into a form the BCL parses.</summary>
internal static class WrittenDates
{
    private static readonly Lazy<Patterns> Shared = new(() => new Patterns(PlainTextRules.Default));

    /// <summary>The text with weekday, ordinals, month dots, "at", a.m./p.m. and zone names normalised; null when nothing changed.</summary>
    public static string? Normalize(string text)
    {
        var patterns = Shared.Value;
        var result = text;
        try
        {
            if (!text.Any(char.IsDigit) || !patterns.Year.IsMatch(text))
            {
                // Without a year a written date would be read as this year's: not a publication date.
                return null;
            }

            result = patterns.Weekday.Replace(result, string.Empty);
            result = patterns.Ordinal.Replace(result, "${day}");
            result = patterns.Month.Replace(result, m => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Groups["month"].Value[..3].ToLowerInvariant()));
            result = patterns.Joiner.Replace(result, " ");
            result = patterns.Meridiem.Replace(result, m => m.Groups["m"].Value.ToUpperInvariant() + "M");
            result = patterns.Zone.Replace(result, m => patterns.Offsets.TryGetValue(m.Groups["zone"].Value, out var offset) ? " " + offset : m.Value);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }

        result = string.Join(' ', result.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries));
        return string.Equals(result, text, StringComparison.Ordinal) ? null : result;
    }

    private sealed class Patterns(PlainTextRules rules)
    {
        public IReadOnlyDictionary<string, string> Offsets { get; } = rules.TimeZones;

        public Regex Year { get; } = rules.Dates["year"];

        public Regex Weekday { get; } = rules.Dates["weekday"];

        public Regex Ordinal { get; } = rules.Dates["ordinal"];

        public Regex Month { get; } = rules.Dates["month"];

        public Regex Joiner { get; } = rules.Dates["joiner"];

        public Regex Meridiem { get; } = rules.Dates["meridiem"];

        public Regex Zone { get; } = rules.Dates["zone"];
    }
}
