using System.Globalization;
using Triangulate.Annotate.Quantities;
using Triangulate.Claims;
using Triangulate.Verify;

namespace Triangulate.Brief;

/// <summary>Figures, article lists and slots in plain words, for contradictions and renderers.</summary>
public static class Wording
{
    /// <summary>A figure with its hedge: "at least 21", "about 4,800", "between 24 and 99".</summary>
    public static string Figure(CountClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Value is { } value)
        {
            return claim.Hedge == Hedge.None ? Number(value) : $"{HedgeWords(claim.Hedge)} {Number(value)}";
        }

        return (claim.Low, claim.High) switch
        {
            ({ } low, { } high) => $"between {Number(low)} and {Number(high)}",
            ({ } low, null) => $"at least {Number(low)}",
            (null, { } high) => $"up to {Number(high)}",
            _ => claim.Text,
        };
    }

    /// <summary>The consensus figure: the value, with its bounds when they are not the value itself.</summary>
    public static string Figure(Consensus consensus)
    {
        var value = Number(consensus.Value);
        return (consensus.Low, consensus.High) switch
        {
            ({ } low, { } high) when low == high => value,
            ({ } low, { } high) => $"{value} ({Number(low)}–{Number(high)})",
            ({ } low, null) when low == consensus.Value => $"at least {value}",
            ({ } low, null) => $"{value} (at least {Number(low)})",
            (null, { } high) => $"{value} (at most {Number(high)})",
            _ => value,
        };
    }

    /// <summary>What a slot counts: "people killed", "homes evacuated".</summary>
    public static string Slot(FactSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return EventLexicon.Phrase(slot.Event, slot.Group, string.Empty).Trim();
    }

    /// <summary>"article [3]" or "articles [1], [2] and [4]".</summary>
    public static string Articles(IEnumerable<int> numbers)
    {
        var list = numbers.Distinct().Order().Select(n => $"[{n}]").ToList();
        return list.Count switch
        {
            0 => "no article",
            1 => $"article {list[0]}",
            _ => $"articles {string.Join(", ", list[..^1])} and {list[^1]}",
        };
    }

    /// <summary>A whole number with thousands separators, or up to two decimals.</summary>
    public static string Number(double value) =>
        value == Math.Floor(value) ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The hedge in words: "more than", "at least".</summary>
    public static string HedgeWords(Hedge hedge) =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(hedge.ToString()).Replace('-', ' ');
}
