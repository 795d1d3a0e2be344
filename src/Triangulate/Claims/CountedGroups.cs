using System.Collections.Frozen;
using Triangulate.Lexical;

namespace Triangulate.Claims;

/// <summary>
/// Normalises who a figure counts, so that wordings of the same people fall into one fact slot: general nouns
/// for people ("residents", "victims", "lives") are <c>people</c>; demonyms keep their plural ("Israelis");
/// aliases name the group they count ("Gazans" → <c>Palestinians</c>); other nouns keep their plural
/// ("children", "workers", "homes").
/// </summary>
public static class CountedGroups
{
    /// <summary>The group of a figure whose text names no one: people.</summary>
    public const string People = "people";

    private static readonly FrozenSet<string> Generic =
        Resource.Lines("claims/generic-people.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Aliases =
        Lexicon.Rows("claims/group-aliases.tsv").Where(r => r.Length > 1).ToFrozenDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> Plurals = Lexicon.Rows("quantities/person-nouns.tsv")
        .Where(r => r.Length > 1)
        .SelectMany(r => new[] { (Word: r[0], Plural: r[1]), (Word: r[1], Plural: r[1]) })
        .DistinctBy(p => p.Word, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.Word, p => p.Plural, StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Demonyms = Resource.Lines("gazetteers/demonyms.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The group <paramref name="counted"/> (as the figure recogniser gave it) belongs to.</summary>
    public static string Normalize(string? counted)
    {
        if (string.IsNullOrWhiteSpace(counted))
        {
            return People;
        }

        var trimmed = counted.Trim();
        var space = trimmed.LastIndexOf(' ');
        var head = space < 0 ? trimmed : trimmed[(space + 1)..];
        if (Aliases.TryGetValue(head, out var alias))
        {
            return alias;
        }

        if (Demonyms.Contains(head))
        {
            var plural = !head.EndsWith('s') && Demonyms.Contains(head + "s") ? head + "s" : head;
            return char.ToUpperInvariant(plural[0]) + plural[1..].ToLowerInvariant();
        }

        if (Generic.Contains(head))
        {
            return People;
        }

        return Plurals.TryGetValue(head, out var nounPlural) ? nounPlural : head.ToLowerInvariant();
    }
}
