using System.Globalization;
using System.Text.RegularExpressions;

namespace Triangulate.Extract.PlainText;

/// <summary>Rewrites dates as news pages write them ("Tuesday, Nov. 3rd, 2023 at 8:18 p.m. EST") into a form the BCL parses.</summary>
internal static class WrittenDates
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex FourDigits = new(@"\b\d{4}\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Lazy<Patterns> Shared = new(() => new Patterns(PlainTextRules.Default));

    /// <summary>The text with weekday, ordinals, month dots, "at", a.m./p.m. and zone names normalised; null when nothing changed.</summary>
    public static string? Normalize(string text)
    {
        if (!text.Any(char.IsDigit) || !FourDigits.IsMatch(text))
        {
            // Without a year a written date would be read as this year's: not a publication date.
            return null;
        }

        var patterns = Shared.Value;
        var result = text;
        try
        {
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

        public Regex Weekday { get; } = PlainTextRules.Compile(@"^\s*{weekday},?\s+", rules.Definitions, Options);

        public Regex Ordinal { get; } = new(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)\b", Options, PlainTextRules.MatchTimeout);

        public Regex Month { get; } = PlainTextRules.Compile(@"\b(?<month>{month})\b\.?", rules.Definitions, Options);

        public Regex Joiner { get; } = new(@"\s+(?:at|[-–—|·•@])\s+|,\s*", Options, PlainTextRules.MatchTimeout);

        public Regex Meridiem { get; } = new(@"(?<=\d\s?)(?<m>[ap])\.?\s?m\.?(?=\s|$)", Options, PlainTextRules.MatchTimeout);

        public Regex Zone { get; } = new(@"\s*\(?\b(?<zone>[A-Z]{1,5})\)?\s*$", RegexOptions.CultureInvariant | RegexOptions.Compiled, PlainTextRules.MatchTimeout);
    }
}
