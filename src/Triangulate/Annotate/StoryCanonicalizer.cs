using System.Collections.Immutable;

namespace Triangulate.Annotate;

/// <summary>
/// Unifies canonical names across the articles of one story: "Okafor" in one article and "Mary J. Okafor"
/// in another become one referent with the longest name. The per-article rules apply; a bare name that fits
/// several people of the story is left alone.
/// </summary>
public static class StoryCanonicalizer
{
    /// <summary>The same articles with canonical names shared across them.</summary>
    public static IReadOnlyList<Annotated> Unify(IReadOnlyList<Annotated> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var renames = new Dictionary<(EntityType, string), string>();
        foreach (var type in Enum.GetValues<EntityType>())
        {
            var names = articles.SelectMany(a => a.Entities).Where(e => e.Type == type).Select(e => e.Canonical).Distinct(StringComparer.Ordinal).ToList();
            var groups = type == EntityType.Person ? GroupPeople(names) : GroupOthers(names);
            foreach (var group in groups)
            {
                var canonical = group.OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
                foreach (var name in group)
                {
                    renames[(type, name)] = canonical;
                }
            }
        }

        return articles.Select(article => article with
        {
            Entities = article.Entities.Select(e => renames.TryGetValue((e.Type, e.Canonical), out var name) && name != e.Canonical ? e with { Canonical = name } : e).ToImmutableArray(),
        }).ToList();
    }

    private static List<List<string>> GroupPeople(List<string> names)
    {
        var groups = new List<(List<string> Full, List<string> Members)>();
        foreach (var name in names.OrderByDescending(n => n.Split(' ').Length).ThenByDescending(n => n.Length))
        {
            var words = name.Split(' ');
            var fits = groups.Where(g => PersonNames.Compatible(g.Full, words)).ToList();
            if (fits.Count == 1)
            {
                fits[0].Members.Add(name);
            }
            else
            {
                groups.Add(([.. words], [name]));
            }
        }

        return groups.Select(g => g.Members).ToList();
    }

    private static List<List<string>> GroupOthers(List<string> names)
    {
        var groups = new List<(string Key, string Initials, List<string> Members)>();
        foreach (var name in names.OrderByDescending(n => n.Length))
        {
            var key = EntityNames.Key(name);
            var initials = EntityNames.Initials(name);
            var index = groups.FindIndex(g => EntityNames.SameEntity(g.Key, g.Initials, key, initials));
            if (index >= 0)
            {
                groups[index].Members.Add(name);
            }
            else
            {
                groups.Add((key, initials, [name]));
            }
        }

        return groups.Select(g => g.Members).ToList();
    }
}
