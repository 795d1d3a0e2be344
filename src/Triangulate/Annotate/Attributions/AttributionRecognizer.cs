using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Attributions;

/// <summary>
/// Finds where a text credits a source: a cue before the source ("according to", "as per", "citing") or a
/// reporting verb after it at a clause's end ("…, AP News reported.", "the health ministry said").
/// </summary>
internal sealed class AttributionRecognizer
{
    /// <summary>Most words a source mention may have.</summary>
    private const int MaxSourceWords = 8;

    private static readonly Lazy<IReadOnlyList<string[]>> Cues = new(() =>
        [.. Lexicon.Entries("quotes/attribution-cues.tsv").Select(c => c.Split(' ')).OrderByDescending(c => c.Length)]);

    private static readonly Lazy<FrozenSet<string>> ReportingVerbs = new(() => Lexicon.Entries("quotes/reporting-verbs.tsv").ToFrozenSet());

    private static readonly Lazy<FrozenSet<string>> SourceNouns = new(() => Lexicon.Entries("quotes/source-nouns.tsv").ToFrozenSet());

    private static readonly FrozenSet<string> Determiners = Lexicon.Words("quotes/attribution-word-classes.tsv", "determiners").ToFrozenSet();

    private static readonly FrozenSet<string> Pronouns = Lexicon.Words("quotes/attribution-word-classes.tsv", "pronouns").ToFrozenSet();

    private static readonly FrozenSet<string> SourceStops = Lexicon.Words("quotes/attribution-word-classes.tsv", "source-stops").ToFrozenSet();

    /// <summary>The attributions in <paramref name="text"/>, in text order.</summary>
    public ImmutableArray<Attribution> Recognize(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var words = WordScanner.Scan(text);
        var found = ImmutableArray.CreateBuilder<Attribution>();
        for (var i = 0; i < words.Count; i++)
        {
            if (TryCue(text, words, i, out var cued))
            {
                found.Add(cued);
                continue;
            }

            if (TryReportingVerb(text, words, i, out var reported))
            {
                found.Add(reported);
            }
        }

        return found.ToImmutable();
    }

    private static bool TryCue(string text, List<WordScanner.Word> words, int i, out Attribution attribution)
    {
        attribution = default;
        foreach (var cue in Cues.Value)
        {
            if (!Matches(words, i, cue))
            {
                continue;
            }

            var first = i + cue.Length;
            var last = first - 1;
            for (var k = first; k < words.Count && k < first + MaxSourceWords; k++)
            {
                if (SourceStops.Contains(words[k].Lower) || words[k].BreakBefore(text, words[k - 1])
                    || (words[k].Lower is "of" or "to" && (k + 1 >= words.Count || !char.IsUpper(text[words[k + 1].Start]))))
                {
                    break;
                }

                last = k;
                if (words[k].ClauseEndsAfter)
                {
                    break;
                }
            }

            if (last < first || Pronouns.Contains(words[first].Lower) || !NamesASource(text, words, first, last))
            {
                return false;
            }

            var sourceStart = words[first].Start;
            var sourceEnd = words[last].End;
            var start = words[i].Start;
            attribution = new Attribution(start, sourceEnd - start, text[start..sourceEnd], text[sourceStart..sourceEnd], sourceStart, sourceEnd - sourceStart);
            return true;
        }

        return false;
    }

    /// <summary>"…, AP News reported." / "the health ministry said on Sunday": the source before a reporting verb that ends its clause.</summary>
    private static bool TryReportingVerb(string text, List<WordScanner.Word> words, int v, out Attribution attribution)
    {
        attribution = default;
        // A capitalised form is a name, not a verb: "the United States".
        if (v == 0 || !ReportingVerbs.Value.Contains(words[v].Lower) || words[v].Lower == "according" || !char.IsLower(text[words[v].Start]))
        {
            return false;
        }

        // The verb must close its clause ("reported." / "said on Sunday." / "said,") or open a that-clause.
        var closes = words[v].ClauseEndsAfter || v + 1 >= words.Count || words[v + 1].BreakBefore(text, words[v])
            || (v + 1 < words.Count && words[v + 1].Lower is "on" or "in" or "that" or "late" or "early" or "last" or "this" or "yesterday" or "today");
        // The source is a noun phrase ending just before the verb: a name ("AP News") or a source noun with its
        // modifiers ("the provincial health ministry"); anything else ("…annihilate Hamas and said") is no source.
        var first = v;
        var endsInSourceNoun = SourceNouns.Value.Contains(words[v - 1].Lower);
        for (var k = v - 1; k >= 0 && k >= v - MaxSourceWords; k--)
        {
            if (words[k].ClauseEndsAfter || words[k + 1].BreakBefore(text, words[k]) || SourceStops.Contains(words[k].Lower))
            {
                break;
            }

            var capitalised = char.IsUpper(text[words[k].Start]);
            var fits = capitalised || Determiners.Contains(words[k].Lower) || (endsInSourceNoun && !Pronouns.Contains(words[k].Lower) && words[k].Lower is not ("and" or "to" or "his" or "her" or "of" or "for" or "with" or "by"))
                || (words[k].Lower == "of" && k > 0 && char.IsUpper(text[words[k - 1].Start]));
            if (!fits)
            {
                break;
            }

            first = k;
            if (Determiners.Contains(words[k].Lower))
            {
                break;
            }
        }

        // "Police say two men were arrested": a source opening its sentence vouches for the rest of it.
        var opensSentence = first == 0 || words[first].BreakBefore(text, words[first - 1]) || words[first - 1].ClauseEndsAfter;
        if (!closes && !opensSentence)
        {
            return false;
        }

        if (first == v || Pronouns.Contains(words[first].Lower) || !NamesASource(text, words, first, v - 1))
        {
            return false;
        }

        var sourceStart = words[first].Start;
        var sourceEnd = words[v - 1].End;
        var end = words[v].End;
        attribution = new Attribution(sourceStart, end - sourceStart, text[sourceStart..end], text[sourceStart..sourceEnd], sourceStart, sourceEnd - sourceStart);
        return true;
    }

    /// <summary>True when the words name a source: a capitalised name or a source noun ("officials", "the ministry").</summary>
    private static bool NamesASource(string text, List<WordScanner.Word> words, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (char.IsUpper(text[words[k].Start]) || SourceNouns.Value.Contains(words[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(List<WordScanner.Word> words, int from, string[] cue)
    {
        if (from + cue.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < cue.Length; k++)
        {
            if (words[from + k].Lower != cue[k])
            {
                return false;
            }
        }

        return true;
    }
}
