using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Annotate;

/// <summary>
/// Finds government bodies written as lower-case descriptions and gives their variants one canonical name:
/// "the Gaza health ministry", "Gaza health authorities" and "the Hamas-controlled health ministry" in one
/// article all become "Gaza Health Ministry". Variants merge when they share the portfolio ("health") and do not
/// name different places; a description without a place joins the one place named for that portfolio.
/// </summary>
internal static class OrganizationDescriptions
{
    private static readonly Lazy<(FrozenSet<string> Heads, FrozenSet<string> Domains, FrozenSet<string> Controls)> Words = new(Load);

    private sealed record Description(int Start, int End, string? Place, string Domain, int Existing);

    /// <summary>Adds description mentions to <paramref name="result"/> and renames tagged ones ("Health Ministry").</summary>
    public static void Resolve(string body, TextSpan[] tokens, List<(int First, int Count)> sentences, int[] mentionAt, List<RawMention> found, List<EntityMention> result)
    {
        var (headSet, domainSet, controls) = Words.Value;
        var heads = headSet.GetAlternateLookup<ReadOnlySpan<char>>();
        var domains = domainSet.GetAlternateLookup<ReadOnlySpan<char>>();
        var descriptions = new List<Description>();
        foreach (var (first, count) in sentences)
        {
            for (var t = first; t < first + count; t++)
            {
                if (!heads.Contains(tokens[t].Of(body)))
                {
                    continue;
                }

                var existing = mentionAt[t] >= 0 && found[mentionAt[t]].Type == EntityType.Organization && found[mentionAt[t]].End == t + 1 ? mentionAt[t] : -1;
                if (mentionAt[t] >= 0 && existing < 0)
                {
                    continue;
                }

                var j = t - 1;
                var domain = new List<string>();
                while (j >= first && domains.Contains(tokens[j].Of(body)))
                {
                    domain.Insert(0, tokens[j].Of(body).ToString().ToLowerInvariant());
                    j--;
                }

                if (domain.Count == 0)
                {
                    continue;
                }

                var start = j + 1;
                string? place = null;
                if (j >= first && mentionAt[j] >= 0 && found[mentionAt[j]].End == j + 1 && found[mentionAt[j]].Type is EntityType.Location)
                {
                    start = found[mentionAt[j]].First;
                    place = body[tokens[start].Start..tokens[j].End];
                }
                else if (j - 1 >= first && tokens[j].Of(body) is "'s" or "\u2019s" && mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]].Type is EntityType.Location)
                {
                    // "Israel's health ministry"
                    start = found[mentionAt[j - 1]].First;
                    place = body[tokens[start].Start..tokens[j - 1].End];
                }
                else if (j >= first && IsControlled(tokens[j].Of(body), controls))
                {
                    start = j;
                }

                // "the health ministry in Ramallah"
                if (place is null && t + 2 < first + count && tokens[t + 1].Of(body) is "in" && mentionAt[t + 2] >= 0 && found[mentionAt[t + 2]].Type is EntityType.Location)
                {
                    var location = found[mentionAt[t + 2]];
                    place = body[tokens[location.First].Start..tokens[location.End - 1].End];
                }

                if (existing >= 0)
                {
                    start = Math.Min(start, found[existing].First);
                }

                descriptions.Add(new Description(start, t + 1, place, string.Join(' ', domain), existing));
            }
        }

        if (descriptions.Count == 0)
        {
            return;
        }

        foreach (var group in descriptions.GroupBy(d => d.Domain))
        {
            var places = group.Select(d => d.Place).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            string? lastPlace = null;
            foreach (var description in group)
            {
                // Without a place of its own: the one place named for this portfolio, else the last one named before it.
                var place = description.Place ?? (places.Count == 1 ? places[0] : lastPlace);
                lastPlace = description.Place ?? lastPlace;
                var canonical = (place is null ? string.Empty : place + " ") + TitleCase(description.Domain) + " Ministry";
                if (description.Existing >= 0)
                {
                    var mention = found[description.Existing];
                    var index = result.FindIndex(e => e.Start == tokens[mention.First].Start && e.End == tokens[mention.End - 1].End && e.Type == EntityType.Organization);
                    if (index >= 0)
                    {
                        result[index] = result[index] with { Canonical = canonical };
                    }

                    continue;
                }

                var spanStart = tokens[description.Start].Start;
                var spanEnd = tokens[description.End - 1].End;
                result.Add(new EntityMention(spanStart, spanEnd, body[spanStart..spanEnd], EntityType.Organization, canonical, null));
            }
        }
    }

    private static bool IsControlled(ReadOnlySpan<char> word, FrozenSet<string> controls)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && char.IsUpper(word[0]) && controls.Contains(word[(hyphen + 1)..].ToString());
    }

    private static string TitleCase(string words) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(words);

    private static (FrozenSet<string>, FrozenSet<string>, FrozenSet<string>) Load()
    {
        var lines = Resource.Lines("gazetteers/org-descriptions.txt").Select(l => l.Split(' ', 2)).Where(p => p.Length == 2).ToList();
        FrozenSet<string> Of(string kind) => lines.Where(p => p[0] == kind).Select(p => p[1]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        return (Of("head"), Of("domain"), Of("control"));
    }
}
