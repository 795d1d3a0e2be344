using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Annotate.Times;
using Triangulate.Extract;

namespace Triangulate.Annotate.Quantities;

/// <summary>
/// Figures of earlier events recounted in an article: a sentence dated in a year well before the article's
/// ("In 2007, a student killed 32 people") and in no recent one tells of another event, not the one reported.
/// A year or so back is still the reported event's (a trial, an anniversary), so only older years count.
/// </summary>
internal static class PastEvents
{
    /// <summary>How many years before publication a date must lie for its sentence to tell of an earlier event.</summary>
    private const int YearsBack = 3;

    /// <summary>The quantities with those of sentences dated years before <paramref name="published"/> marked <see cref="QuantityScope.Past"/>.</summary>
    public static ImmutableArray<Quantity> Mark(string body, ImmutableArray<Quantity> quantities, ImmutableArray<TextSpan> sentences, IReadOnlyList<TimeExpression> times, DateOnly? published)
    {
        if (published is not { } date || times.Count == 0 || !quantities.Any(q => q.Event is not null && q.Scope == QuantityScope.Event))
        {
            return quantities;
        }

        var builder = quantities.ToBuilder();
        var t = 0;
        foreach (var sentence in sentences)
        {
            var old = false;
            var recent = false;
            while (t < times.Count && times[t].Start < sentence.End)
            {
                if (times[t].Start >= sentence.Start && Year(body, times[t]) is { } year)
                {
                    old |= year <= date.Year - YearsBack;
                    recent |= year > date.Year - YearsBack;
                }

                t++;
            }

            if (!old || recent)
            {
                continue;
            }

            for (var i = 0; i < builder.Count; i++)
            {
                var q = builder[i];
                if (q.Start >= sentence.Start && q.Start < sentence.End && q.Event is not null && q.Scope == QuantityScope.Event)
                {
                    builder[i] = q with { Scope = QuantityScope.Past };
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The year a resolved date stands for ("2007", "2014-05-23"), or null; not a street number ("the 1900 block").</summary>
    private static int? Year(string body, TimeExpression time) =>
        time.Type is TimeExpressionType.Date or TimeExpressionType.Time && time.Value.Length >= 4
        && int.TryParse(time.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && !body.AsSpan(time.End).TrimStart().StartsWith("block", StringComparison.OrdinalIgnoreCase)
            ? year
            : null;
}
