using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Annotate.Ner;
using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Annotate;

/// <summary>
/// Gives the mentions of one referent within an article one canonical name, and finds the roles the text ties
/// to people. People: the longest full name wins; a surname or first name links to the one full name it fits
/// (the nearest earlier one when several do); full names with different first names never merge. A title
/// before a name or in apposition ("Mary Okafor, the foreign minister,") becomes the person's role, and a
/// later role phrase ("the secretary of state") becomes a mention of that person. Other types: variants that
/// differ only in dots, case or a leading "the", and acronyms of longer names ("UN", "United Nations"), merge.
/// </summary>
internal static class EntityCanonicalizer
{
    private static readonly Lazy<FrozenSet<string>> Modifiers = new(() =>
        Resource.Lines("gazetteers/role-modifiers.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    private static readonly Lazy<FrozenSet<string>> Honorifics = new(() =>
        Resource.Lines("gazetteers/honorifics.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>Resolves the tagger's mentions into entity mentions with canonical names and roles.</summary>
    public static ImmutableArray<EntityMention> Resolve(string body, TextSpan[] tokens, List<(int First, int Count)> sentences, List<RawMention> found)
    {
        var titles = TitlePhrases(body, tokens, sentences, out var lists);
        SplitAtTitles(body, tokens, titles, found);
        var mentionAt = new int[tokens.Length];
        Array.Fill(mentionAt, -1);
        for (var m = 0; m < found.Count; m++)
        {
            for (var t = found[m].First; t < found[m].End; t++)
            {
                mentionAt[t] = m;
            }
        }

        var used = new bool[tokens.Length];
        var people = new List<Person>();
        var personOf = new Dictionary<int, Person>();
        var roles = new Dictionary<int, (string Role, string Head)>();

        // Roles first, so that they are known when the people are merged.
        for (var m = 0; m < found.Count; m++)
        {
            if (found[m].Type == EntityType.Person && FindRole(body, tokens, titles, lists, mentionAt, found, m, used) is { } role)
            {
                roles[m] = role;
            }
        }

        // Full names before single words, each group in text order.
        var order = Enumerable.Range(0, found.Count)
            .Where(m => found[m].Type == EntityType.Person)
            .OrderBy(m => NameTokens(body, tokens, titles, found[m]).Count >= 2 ? 0 : 1)
            .ThenBy(m => found[m].First);
        foreach (var m in order)
        {
            var name = NameTokens(body, tokens, titles, found[m]);
            if (name.Count == 0)
            {
                continue;
            }

            var person = Match(people, name, found[m].First) ?? Add(people, name);
            person.Mentions.Add(found[m].First);
            if (string.Join(' ', name).Length > person.Canonical.Length && name.Count >= person.NameTokens.Count)
            {
                person.Canonical = string.Join(' ', name);
                person.NameTokens = name;
            }

            if (roles.TryGetValue(m, out var role))
            {
                person.Heads.Add(role.Head);
                if (person.Role is null || role.Role.Length > person.Role.Length)
                {
                    person.Role = role.Role;
                }
            }

            personOf[m] = person;
        }

        var others = CanonicalNames(body, tokens, found);
        var result = new List<EntityMention>(found.Count);
        for (var m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            var start = tokens[mention.First].Start;
            var end = tokens[mention.End - 1].End;
            var text = body[start..end];
            if (personOf.TryGetValue(m, out var person))
            {
                result.Add(new EntityMention(start, end, text, mention.Type, person.Canonical, person.Role));
            }
            else
            {
                result.Add(new EntityMention(start, end, text, mention.Type, others.GetValueOrDefault(m, text), null));
            }
        }

        AddRoleMentions(body, tokens, sentences, titles, lists, mentionAt, found, used, people, result);
        OrganizationDescriptions.Resolve(body, tokens, sentences, mentionAt, found, result);
        result.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return [.. result];
    }

    /// <summary>
    /// Splits a name the tagger ran across a title: "Palestinian Authority President Mahmoud Abbas" becomes
    /// "Palestinian Authority" and the person "Mahmoud Abbas".
    /// </summary>
    private static void SplitAtTitles(string body, TextSpan[] tokens, TitleSpan[] titles, List<RawMention> found)
    {
        for (var m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            if (mention.Type == EntityType.Person || mention.Count < 3)
            {
                continue;
            }

            for (var t = mention.First + 1; t < mention.End - 1; t++)
            {
                var title = titles[t];
                if (title.Start != t || title.End == 0 || title.End >= mention.End || !char.IsUpper(tokens[t].Of(body)[0]))
                {
                    continue;
                }

                found[m] = mention with { Count = t - mention.First };
                found.Insert(m + 1, new RawMention(title.End, mention.End - title.End, EntityType.Person, mention.SentenceFirst, mention.SentenceEnd));
                break;
            }
        }
    }

    private sealed class Person
    {
        public required string Canonical { get; set; }

        public required List<string> NameTokens { get; set; }

        public string? Role { get; set; }

        public HashSet<string> Heads { get; } = new(StringComparer.OrdinalIgnoreCase);

        public List<int> Mentions { get; } = [];

        public string First => NameTokens[0];

        public string Last => NameTokens[^1];
    }

    private static Person Add(List<Person> people, List<string> name)
    {
        var person = new Person { Canonical = string.Join(' ', name), NameTokens = name };
        people.Add(person);
        return person;
    }

    /// <summary>The person a name fits: same surname and compatible first names; a single word fits a surname or first name.</summary>
    private static Person? Match(List<Person> people, List<string> name, int position)
    {
        var candidates = people.Where(p => PersonNames.Compatible(p.NameTokens, name)).ToList();
        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        // Several people fit a bare name: the one mentioned last before it.
        return candidates
            .Select(p => (Person: p, Last: p.Mentions.Where(x => x < position).DefaultIfEmpty(-1).Max()))
            .OrderByDescending(c => c.Last)
            .First().Person;
    }

    /// <summary>The words of a person mention without a leading title the tagger may have included.</summary>
    private static List<string> NameTokens(string body, TextSpan[] tokens, TitleSpan[] titles, RawMention mention)
    {
        var first = mention.First;
        while (first < mention.End && titles[first].End > 0 && titles[first].End <= mention.End && titles[first].End < mention.End)
        {
            first = titles[first].End;
        }

        var name = new List<string>(mention.End - first);
        for (var t = first; t < mention.End; t++)
        {
            var word = body.AsSpan(tokens[t].Start, tokens[t].Length);
            if (word is "'s" or "\u2019s" || word.Length == 1 && !char.IsLetter(word[0]))
            {
                continue;
            }

            name.Add(word.ToString());
        }

        return name;
    }

    private readonly record struct TitleSpan(int Start, int End);

    /// <summary>For each token inside a title phrase ("Secretary of State"), the phrase's token range; else (0, 0).</summary>
    private static TitleSpan[] TitlePhrases(string body, TextSpan[] tokens, List<(int First, int Count)> sentences, out GazetteerList[] lists)
    {
        var titles = new TitleSpan[tokens.Length];
        lists = new GazetteerList[tokens.Length];
        var positions = new byte[tokens.Length];
        var keys = new ulong[tokens.Length];
        var capitalized = new bool[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            var word = tokens[t].Of(body);
            keys[t] = Gazetteer.TokenKey(word);
            capitalized[t] = word.Length > 0 && char.IsUpper(word[0]);
        }

        foreach (var (first, count) in sentences)
        {
            Gazetteer.Default.Match(keys.AsSpan(first, count), capitalized.AsSpan(first, count), lists.AsSpan(first, count), positions.AsSpan(first, count));
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if ((lists[t] & GazetteerList.Title) == 0 || positions[t] is not (0 or 3))
            {
                continue;
            }

            var end = t + 1;
            while (end < tokens.Length && positions[t] == 0 && (lists[end] & GazetteerList.Title) != 0 && positions[end] is 1 or 2)
            {
                end++;
                if (positions[end - 1] == 2)
                {
                    break;
                }
            }

            for (var k = t; k < end; k++)
            {
                titles[k] = new TitleSpan(t, end);
            }
        }

        return titles;
    }

    /// <summary>The title or role written before a person's name, or in apposition after it.</summary>
    private static (string Role, string Head)? FindRole(string body, TextSpan[] tokens, TitleSpan[] titles, GazetteerList[] lists, int[] mentionAt, List<RawMention> found, int m, bool[] used)
    {
        var mention = found[m];
        var j = mention.First - 1;
        var roleStart = -1;
        string? head = null;
        while (j >= mention.SentenceFirst)
        {
            var word = tokens[j].Of(body);
            if (titles[j].End == j + 1)
            {
                head ??= body[tokens[titles[j].Start].Start..tokens[j].End];
                roleStart = titles[j].Start;
            }
            else if (head is not null && Modifiers.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word.TrimEnd('-')))
            {
                roleStart = j;
            }
            else if (head is not null && mentionAt[j] >= 0 && found[mentionAt[j]].Type != EntityType.Person && found[mentionAt[j]].End == j + 1)
            {
                roleStart = found[mentionAt[j]].First;
            }
            else if (head is not null && word is "'s" or "\u2019s" && j - 1 >= mention.SentenceFirst && mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]].Type != EntityType.Person)
            {
                roleStart = found[mentionAt[j - 1]].First;
            }
            else if (head is not null && (lists[j] & GazetteerList.Demonym) != 0)
            {
                roleStart = j;
            }
            else
            {
                break;
            }

            j = roleStart - 1;
        }

        (string, string)? before = null;
        if (head is not null)
        {
            MarkUsed(used, roleStart, mention.First);
            before = (body[tokens[roleStart].Start..tokens[mention.First - 1].End], head);
            if (!Honorifics.Value.Contains(head))
            {
                return before;
            }
        }

        return Apposition(body, tokens, titles, mentionAt, found, mention, used) ?? before;
    }

    /// <summary>A role in apposition: "Mary Okafor, the foreign minister, said".</summary>
    private static (string Role, string Head)? Apposition(string body, TextSpan[] tokens, TitleSpan[] titles, int[] mentionAt, List<RawMention> found, RawMention mention, bool[] used)
    {
        string? head = null;
        var k = mention.End;
        if (k >= mention.SentenceEnd || tokens[k].Of(body) is not ",")
        {
            return null;
        }

        k++;
        if (k < mention.SentenceEnd && tokens[k].Of(body) is "the" or "a" or "an")
        {
            k++;
        }

        var start = k;
        var headEnd = -1;
        while (k < mention.SentenceEnd && k - start < 14 && tokens[k].Of(body) is not ("," or "." or ";" or "--" or "\u2014") && (mentionAt[k] < 0 || found[mentionAt[k]].Type != EntityType.Person))
        {
            if (titles[k].End > 0 && titles[k].Start == k)
            {
                head = body[tokens[k].Start..tokens[titles[k].End - 1].End];
                headEnd = titles[k].End;
            }

            k++;
        }

        // The title must head the phrase: "the secretary of state" or "the leader of Hezbollah", not "the minister's wife".
        if (head is not null && headEnd < k && tokens[headEnd].Of(body) is not ("of" or "for" or "to" or "at" or "in"))
        {
            return null;
        }

        if (head is null || k == start || k < mention.SentenceEnd && tokens[k].Of(body) is not ("," or "." or ";" or "--" or "\u2014"))
        {
            return null;
        }

        MarkUsed(used, start, k);
        return (body[tokens[start].Start..tokens[k - 1].End], head);
    }

    private static void MarkUsed(bool[] used, int start, int end)
    {
        for (var t = Math.Max(0, start); t < end; t++)
        {
            used[t] = true;
        }
    }

    /// <summary>Role phrases standing for a person named earlier ("the secretary of state said") become mentions of that person.</summary>
    private static void AddRoleMentions(string body, TextSpan[] tokens, List<(int First, int Count)> sentences, TitleSpan[] titles, GazetteerList[] lists, int[] mentionAt, List<RawMention> found, bool[] used, List<Person> people, List<EntityMention> result)
    {
        if (people.Count == 0)
        {
            return;
        }

        foreach (var (first, count) in sentences)
        {
            var end = first + count;
            for (var t = first; t < end; t++)
            {
                if (titles[t].Start != t || titles[t].End == 0 || used[t] || mentionAt[t] >= 0)
                {
                    continue;
                }

                var titleEnd = titles[t].End;
                if (titleEnd < end && (mentionAt[titleEnd] >= 0 || IsCapitalizedWord(tokens[titleEnd].Of(body))))
                {
                    continue; // a title before a name, or part of a longer name
                }

                // Qualifier: "the U.S. secretary of state", "Israel's prime minister", "the Israeli prime minister".
                var start = t;
                var qualifier = string.Empty;
                var j = t - 1;
                if (j >= first && mentionAt[j] >= 0 && found[mentionAt[j]].End == t && found[mentionAt[j]].Type != EntityType.Person)
                {
                    start = found[mentionAt[j]].First;
                    qualifier = body[tokens[start].Start..tokens[j].End];
                    j = start - 1;
                }
                else if (j >= first && (lists[j] & GazetteerList.Demonym) != 0)
                {
                    start = j;
                    qualifier = tokens[j].Of(body).ToString();
                    j--;
                }
                else if (j - 1 >= first && tokens[j].Of(body) is "'s" or "\u2019s" && mentionAt[j - 1] >= 0 && found[mentionAt[j - 1]].Type != EntityType.Person)
                {
                    start = found[mentionAt[j - 1]].First;
                    qualifier = body[tokens[start].Start..tokens[j - 1].End];
                    j = start - 1;
                }

                var former = false;
                if (j >= first && tokens[j].Of(body).Equals("former", StringComparison.OrdinalIgnoreCase))
                {
                    former = true;
                    start = j;
                    j--;
                }

                // "the [former] [U.S.] president", or "Israel's prime minister"; not a bare "president".
                var possessive = qualifier.Length > 0 && tokens[t - 1].Of(body) is "'s" or "\u2019s";
                var determined = j >= first && tokens[j].Of(body).Equals("the", StringComparison.OrdinalIgnoreCase);
                if (!determined && !possessive)
                {
                    continue;
                }

                var head = body[tokens[t].Start..tokens[titleEnd - 1].End];
                var person = RoleHolder(people, head, qualifier, former, t);
                if (person is null)
                {
                    continue;
                }

                var spanStart = tokens[start].Start;
                var spanEnd = tokens[titleEnd - 1].End;
                result.Add(new EntityMention(spanStart, spanEnd, body[spanStart..spanEnd], EntityType.Person, person.Canonical, person.Role));
            }
        }
    }

    private static bool IsFormer(string? role) => role is not null && role.StartsWith("former", StringComparison.OrdinalIgnoreCase);

    private static bool IsCapitalizedWord(ReadOnlySpan<char> word) => word.Length > 1 && char.IsUpper(word[0]) && char.IsLower(word[1]);

    /// <summary>The person named before token <paramref name="position"/> who holds the role; null when none or unclear.</summary>
    private static Person? RoleHolder(List<Person> people, string head, string qualifier, bool former, int position)
    {
        var candidates = people.Where(p => p.Mentions.Any(x => x < position) && p.Heads.Contains(head)).ToList();
        if (candidates.Count == 0 && !head.Contains(' ', StringComparison.Ordinal))
        {
            // "the minister" for a "Foreign Minister"; "the secretary" for a "Secretary of State".
            candidates = people.Where(p => p.Mentions.Any(x => x < position) && p.Heads.Any(h =>
                h.StartsWith(head + " ", StringComparison.OrdinalIgnoreCase) || h.EndsWith(" " + head, StringComparison.OrdinalIgnoreCase))).ToList();
        }

        if (candidates.Count > 1)
        {
            // "the president" is the sitting one, not the "former President" named earlier.
            var sameTense = candidates.Where(p => IsFormer(p.Role) == former).ToList();
            if (sameTense.Count > 0)
            {
                candidates = sameTense;
            }
        }

        if (qualifier.Length > 0 && candidates.Count > 1)
        {
            var qualified = candidates.Where(p => p.Role?.Contains(qualifier, StringComparison.OrdinalIgnoreCase) == true).ToList();
            if (qualified.Count > 0)
            {
                candidates = qualified;
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        return candidates.OrderByDescending(p => p.Mentions.Where(x => x < position).Max()).First();
    }

    /// <summary>Canonical names of non-person mentions: spelling variants and acronyms merge into the longest form.</summary>
    private static Dictionary<int, string> CanonicalNames(string body, TextSpan[] tokens, List<RawMention> found)
    {
        var names = new Dictionary<int, string>();
        var groups = new List<(EntityType Type, string Key, string Initials, string Canonical, List<int> Members)>();
        for (var m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            if (mention.Type == EntityType.Person)
            {
                continue;
            }

            var text = body[tokens[mention.First].Start..tokens[mention.End - 1].End];
            var key = EntityNames.Key(text);
            var initials = EntityNames.Initials(text);
            var index = groups.FindIndex(g => g.Type == mention.Type && EntityNames.SameEntity(g.Key, g.Initials, key, initials));
            if (index < 0)
            {
                groups.Add((mention.Type, key, initials, text, [m]));
                continue;
            }

            var group = groups[index];
            group.Members.Add(m);
            if (text.Length > group.Canonical.Length)
            {
                group = (group.Type, key, initials, text, group.Members);
            }

            groups[index] = group;
        }

        foreach (var group in groups)
        {
            foreach (var m in group.Members)
            {
                names[m] = group.Canonical;
            }
        }

        return names;
    }
}
