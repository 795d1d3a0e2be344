using System.Collections.Frozen;
using Triangulate.Lexical;

namespace Triangulate.Verify;

/// <summary>How each event's figures behave and read: from Resources/claims/events.tsv.</summary>
public static class EventLexicon
{
    private static readonly FrozenDictionary<string, (bool Cumulative, string Phrase, string? Excludes)> Events = Lexicon.Rows("claims/events.tsv")
        .Where(r => r.Length > 2)
        .ToFrozenDictionary(r => r[0], r => (r[1] == "yes", r[2], r.Length > 3 && r[3].Length > 0 ? r[3] : null), StringComparer.Ordinal);

    /// <summary>True when the event's count only grows as a story goes on (a toll): a later, lower figure is an old one.</summary>
    public static bool IsCumulative(string eventName) => Events.TryGetValue(eventName, out var e) && e.Cumulative;

    /// <summary>The event whose people a count of <paramref name="eventName"/> leaves out ("killed" for "injured"), if any.</summary>
    public static string? Excludes(string eventName) => Events.TryGetValue(eventName, out var e) ? e.Excludes : null;

    /// <summary>The figure in words: "at least 21 people killed".</summary>
    public static string Phrase(string eventName, string group, string figure) =>
        (Events.TryGetValue(eventName, out var e) ? e.Phrase : "{n} {group} " + eventName.Replace('-', ' '))
            .Replace("{n}", figure, StringComparison.Ordinal)
            .Replace("{group}", group, StringComparison.Ordinal);
}
