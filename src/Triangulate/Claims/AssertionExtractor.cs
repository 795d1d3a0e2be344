using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Claims;

/// <summary>
/// Finds key assertions: a named person or organisation, then within the clause a verb of stance or action
/// from Resources/claims/stances.tsv ("rejected", "urged", "denied"), then its object up to the end of the clause.
/// Passives ("was rejected by") are left out: their grammatical subject is the object.
/// </summary>
internal static class AssertionExtractor
{
    /// <summary>The most words an assertion's object keeps.</summary>
    public const int MaxObjectWords = 12;

    /// <summary>The most characters between the subject's name and the verb ("Ortiz, the mayor, rejected").</summary>
    public const int MaxSubjectGap = 60;

    private static readonly FrozenDictionary<string, (string Act, string? Opposite)> Stances = Lexicon.Rows("claims/stances.tsv")
        .Where(r => r.Length > 1)
        .ToFrozenDictionary(r => r[0], r => (r[1], r.Length > 2 && r[2].Length > 0 ? r[2] : (string?)null), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Passive = Lexicon.Words("claims/word-classes.tsv", "passive-auxiliaries").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseBreaks = Lexicon.Words("claims/word-classes.tsv", "clause-breaks").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Stopwords = Resource.Lines("stories/stopwords.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static ImmutableArray<AssertionClaim> Extract(Annotated annotated, Func<int, TextSpan, Evidence> evidence)
    {
        var body = annotated.Article.Body;
        var result = ImmutableArray.CreateBuilder<AssertionClaim>();
        var actors = annotated.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization or EntityType.Location).ToList();
        var tokens = annotated.Tokens;
        var t = 0;
        for (var s = 0; s < annotated.Sentences.Length; s++)
        {
            var sentence = annotated.Sentences[s];
            while (t < tokens.Length && tokens[t].Start < sentence.Start)
            {
                t++;
            }

            for (var k = t; k < tokens.Length && tokens[k].End <= sentence.End; k++)
            {
                var word = tokens[k].Of(body);
                if (!Stances.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var stance)
                    || (k > t && Passive.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[k - 1].Of(body))))
                {
                    continue;
                }

                // The nearest name before the verb is the subject: a person or organisation within the gap, or a
                // place (a country acting) right before the verb ("Israel rejected").
                var verbStart = tokens[k].Start;
                var subject = actors.LastOrDefault(e => e.End <= verbStart && e.Start >= sentence.Start && verbStart - e.End <= 1)
                    ?? actors.LastOrDefault(e => e.Type != EntityType.Location && e.End <= verbStart && e.Start >= sentence.Start && verbStart - e.End <= MaxSubjectGap
                        && !body.AsSpan(e.End, verbStart - e.End).ContainsAny('.', ';', '"'));
                if (subject is null)
                {
                    continue;
                }

                var end = k + 1;
                var words = new List<string>();
                while (end < tokens.Length && tokens[end].End <= sentence.End && end - k <= MaxObjectWords)
                {
                    var next = tokens[end].Of(body);
                    if (next.Length == 1 && next[0] is '"' or '“' or '”' or '\'' or '‘' or '’')
                    {
                        end++;
                        continue;
                    }

                    if (next.Length == 1 && !char.IsLetterOrDigit(next[0]) && next[0] != '-')
                    {
                        break;
                    }

                    if (end > k + 1 && ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
                    {
                        break;
                    }

                    if (next.Length > 2 && !Stopwords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next))
                    {
                        // "cease-fire" and "ceasefire" are one word, and so are "pauses" and "pause".
                        words.Add(Singular(next.ToString().Replace("-", string.Empty, StringComparison.Ordinal).ToLowerInvariant()));
                    }

                    end++;
                }

                if (words.Count == 0)
                {
                    continue;
                }

                var objectSpan = new TextSpan(tokens[k + 1].Start, tokens[end - 1].End - tokens[k + 1].Start);
                result.Add(new AssertionClaim(
                    evidence(s, new TextSpan(subject.Start, objectSpan.End - subject.Start)),
                    subject.Canonical,
                    stance.Act,
                    stance.Opposite,
                    body.Substring(objectSpan.Start, objectSpan.Length),
                    [.. words.Distinct()]));
                break;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A plural's regular ending folded ("proposals" → "proposal", "ceasefires" → "ceasefire", "parties" → "party",
    /// "crashes" → "crash"), so two wordings of one matter share their words. Words in -ss, -us and -is keep theirs.
    /// </summary>
    internal static string Singular(string word)
    {
        if (word.Length <= 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        return word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
            ? word[..^2]
            : word[..^1];
    }

}
