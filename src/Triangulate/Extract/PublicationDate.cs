using System.Globalization;

namespace Triangulate.Extract;

/// <summary>When an article was published: a calendar date, and the instant when the source gives a time too.</summary>
public readonly record struct PublicationDate(DateOnly Date, DateTimeOffset? Instant)
{
    /// <summary>ISO 8601: <c>2023-11-15</c>, or <c>2023-11-15T09:30:00+00:00</c> when the time is known.</summary>
    public override string ToString() =>
        Instant is { } instant
            ? instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses ISO dates and date-times, RFC 1123, and common written forms ("November 3, 2023", "Nov. 3rd, 2023", "Tuesday, 3 November 2023 at 8:18 p.m. EST").</summary>
    public static bool TryParse(string? text, out PublicationDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (!HasYear(trimmed))
        {
            // "Nov. 3" alone would be read as this year's date: not a publication date.
            return false;
        }

        return TryParseNormalized(trimmed, out date)
            || (PlainText.WrittenDates.Normalize(trimmed) is { } written && TryParseNormalized(written, out date));
    }

    private static bool HasYear(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiDigit(c) ? run + 1 : 0;
            if (run == 4)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParseNormalized(string trimmed, out PublicationDate date)
    {
        date = default;
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new PublicationDate(day, null);
            return true;
        }

        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var instant))
        {
            var hasTime = trimmed.Contains(':', StringComparison.Ordinal);
            date = new PublicationDate(DateOnly.FromDateTime(instant.DateTime), hasTime ? instant : null);
            return instant.Year is >= 1800 and <= 2200;
        }

        return false;
    }
}
