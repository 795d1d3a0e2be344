using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Claims;
using Triangulate.Lexical;
using Triangulate.Stories;
using Triangulate.Verify;

namespace Triangulate.Brief;

/// <summary>
/// Builds a story's brief: checks its facts, then chooses the summary (central, well-supported sentences whose
/// figures and dates are not in doubt, each cited to every article that says the same), writes the
/// contradictions in plain words and lays out the timeline.
/// </summary>
public static class BriefBuilder
{
    /// <summary>The most sentences a summary has.</summary>
    public const int MaxSummarySentences = 7;

    /// <summary>The fewest sentences a summary has when its articles have that many to give.</summary>
    public const int MinSummarySentences = 3;

    /// <summary>The most entries a timeline has.</summary>
    public const int MaxTimelineEntries = 12;

    /// <summary>Sentences shorter than this (in words) are not summary material.</summary>
    public const int MinSummaryWords = 6;

    /// <summary>Sentences longer than this (in words) are not summary material.</summary>
    public const int MaxSummaryWords = 60;

    /// <summary>Cosine similarity at which another article's sentence says the same thing (and so supports it).</summary>
    public const double SupportSimilarity = 0.4;

    /// <summary>Cosine similarity at which a candidate repeats a sentence already in the summary.</summary>
    public const double RedundantSimilarity = 0.5;

    /// <summary>How many of the best-placed sentences are weighed for support from other articles.</summary>
    public const int SupportCandidates = 40;

    private static readonly FrozenSet<string> ContextWords = Lexicon.Words("claims/word-classes.tsv", "context-openers").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Stopwords = Resource.Lines("stories/stopwords.txt").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopwordLookup = Stopwords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The brief of <paramref name="story"/>; <paramref name="members"/> are its articles in story order.</summary>
    public static StoryBrief Build(Story story, IReadOnlyList<Annotated> members)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(members);
        var claims = members.Select(ClaimExtractor.Extract).ToList();
        var facts = StoryChecker.Check(story, members, claims);
        var number = story.Articles.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i + 1, StringComparer.Ordinal);
        var start = StoryChecker.StartOf(story, claims);
        var sentences = Sentences(members, claims, facts, start);
        return new StoryBrief(
            story,
            Summary(sentences),
            facts,
            Contradictions(facts, number),
            Timeline(story, members, claims, facts, sentences));
    }

    /// <summary>A candidate sentence: where it is, its term vector, and whether its facts are in doubt.</summary>
    private sealed record Candidate(string Article, string Root, int Index, string Text, SparseVector Vector, int Words, bool Doubtful, bool Quoted, bool Machine, int Facts, HashSet<(string, string)> Slots)
    {
        /// <summary>Opens with a word that points back ("He", "This", "But"): it needs the sentence before it.</summary>
        public bool Anaphoric => Text.Split(' ', 2)[0].Trim(',', '"', '“') is { Length: > 0 } first && ContextWords.Contains(first);

        public double Score { get; set; }

        public List<string> Support { get; } = [];
    }

    private static List<Candidate> Sentences(IReadOnlyList<Annotated> members, List<ArticleClaims> claims, StoryFacts facts, DateOnly? start)
    {
        var flagged = facts.Facts.SelectMany(f => f.Reports)
            .Where(r => r.Flags.Any(f => f is ReportFlag.Outlier or ReportFlag.Stale or ReportFlag.Disputed))
            .Select(r => (r.Claim.Evidence.Article, r.Claim.Evidence.Sentence))
            .Concat(facts.EventDate?.Reports.Where(r => r.Flags.Contains(ReportFlag.Misdated)).Select(r => (r.Claim.Evidence.Article, r.Claim.Evidence.Sentence)) ?? [])
            .Concat(facts.CalendarErrors.Select(e => (e.Evidence.Article, e.Evidence.Sentence)))
            .ToHashSet();
        var factSentences = facts.Facts.Where(f => f.Status != FactStatus.Disputed).SelectMany(f => f.Reports)
            .GroupBy(r => (r.Claim.Evidence.Article, r.Claim.Evidence.Sentence))
            .ToDictionary(g => g.Key, g => g.Count());
        var slotsOf = facts.Facts.SelectMany(f => f.Reports.Select(r => (Key: (r.Claim.Evidence.Article, r.Claim.Evidence.Sentence), Slot: (f.Event, f.Group))))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Slot).ToHashSet());
        // Background figures (dated before the story) make a sentence doubtful too: it is about another event.
        foreach (var article in claims)
        {
            foreach (var claim in article.Counts.Where(c => CountChecker.IsBackground(c, start)))
            {
                flagged.Add((claim.Evidence.Article, claim.Evidence.Sentence));
            }
        }

        // Terms get ids per story, looked up by span: no string is made for a word already seen.
        var vocabulary = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var frequency = new List<int>();
        var raw = new List<(Annotated Annotated, int Index, string Text, List<int> Terms)>();
        foreach (var annotated in members)
        {
            var body = annotated.Article.Body;
            for (var i = 0; i < annotated.Sentences.Length; i++)
            {
                var text = annotated.Sentences[i].Of(body).ToString().Trim();
                var terms = Terms(text, lookup, frequency);
                raw.Add((annotated, i, text, terms));
                foreach (var term in terms.Distinct())
                {
                    frequency[term]++;
                }
            }
        }

        return [.. raw.Select(r =>
        {
            var vector = SparseVector.From(r.Terms, term => Math.Log(1 + ((double)raw.Count / frequency[term])));
            var id = r.Annotated.Article.Id;
            return new Candidate(
                id,
                facts.Repeats.GetValueOrDefault(id) ?? id,
                r.Index,
                r.Text,
                vector,
                r.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length,
                flagged.Contains((id, r.Index)),
                r.Text.IndexOfAny(['"', '“', '”']) >= 0,
                !r.Annotated.Article.MachineDisclosures.IsDefaultOrEmpty,
                factSentences.GetValueOrDefault((id, r.Index)),
                slotsOf.GetValueOrDefault((id, r.Index)) ?? []);
        })];
    }

    private static ImmutableArray<SummarySentence> Summary(List<Candidate> sentences)
    {
        if (sentences.Count == 0)
        {
            return [];
        }

        var centroid = new double[sentences.Max(s => s.Vector.Ids.Length == 0 ? 0 : s.Vector.Ids[^1] + 1)];
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Vector.Ids.Length; i++)
            {
                centroid[sentence.Vector.Ids[i]] += sentence.Vector.Weights[i];
            }
        }

        var norm = Math.Sqrt(centroid.Sum(w => w * w));
        for (var i = 0; norm > 0 && i < centroid.Length; i++)
        {
            centroid[i] /= norm;
        }

        var roots = sentences.Select(s => s.Root).Distinct().Count();
        foreach (var candidate in sentences)
        {
            candidate.Score = candidate.Vector.Dot(centroid)
                / (1 + (0.1 * candidate.Index))
                * (1 + (0.2 * Math.Min(candidate.Facts, 2)))
                * (candidate.Quoted ? 0.6 : 1)
                * (candidate.Anaphoric ? 0.5 : 1)
                * (candidate.Machine ? 0.5 : 1);
        }

        // Support is the costly part (each candidate against every sentence): only the best candidates need it.
        var rootOf = sentences.DistinctBy(s => s.Article).ToDictionary(s => s.Article, s => s.Root, StringComparer.Ordinal);
        foreach (var candidate in sentences.Where(s => !s.Doubtful && s.Words is >= MinSummaryWords and <= MaxSummaryWords).OrderByDescending(s => s.Score).Take(SupportCandidates))
        {
            candidate.Support.AddRange(sentences
                .Where(o => o.Root != candidate.Root && o.Vector.Dot(candidate.Vector) >= SupportSimilarity)
                .Select(o => o.Article)
                .Prepend(candidate.Article)
                .Distinct(StringComparer.Ordinal));
            candidate.Score *= 1 + (0.5 * (candidate.Support.Select(a => rootOf[a]).Distinct().Count() - 1));
        }

        var pool = sentences.Where(s => s.Support.Count > 0).OrderByDescending(s => s.Score).ToList();
        var wanted = Math.Clamp(roots + 2, MinSummarySentences, MaxSummarySentences);
        var chosen = new List<Candidate>();
        foreach (var candidate in pool)
        {
            if (chosen.Count == wanted)
            {
                break;
            }

            if (chosen.Count >= MinSummarySentences && candidate.Score < 0.35 * chosen[0].Score)
            {
                break;
            }

            // Redundant: close in wording to a chosen sentence, or stating only figures a chosen sentence states.
            var covered = chosen.SelectMany(c => c.Slots).ToHashSet();
            if (chosen.All(c => c.Vector.Dot(candidate.Vector) < RedundantSimilarity)
                && (candidate.Slots.Count == 0 || !candidate.Slots.IsSubsetOf(covered)))
            {
                chosen.Add(candidate);
            }
        }

        return [.. chosen.Select(c => new SummarySentence(c.Text, c.Article, c.Index, [.. c.Support]))];
    }

    private static ImmutableArray<Contradiction> Contradictions(StoryFacts facts, Dictionary<string, int> number)
    {
        var result = ImmutableArray.CreateBuilder<Contradiction>();
        foreach (var slot in facts.Facts.Where(f => f.Status == FactStatus.Disputed && f.Consensus is not null))
        {
            var subject = Wording.Slot(slot);
            var consensus = slot.Consensus!.Value;
            var independent = slot.Reports.Where(r => r.DuplicateOf is null).ToList();
            var backers = independent.Where(r => !r.Flags.Any(f => f is ReportFlag.Outlier or ReportFlag.Stale or ReportFlag.Disputed)).ToList();
            foreach (var report in independent.Where(r => r.Flags.Any(f => f is ReportFlag.Outlier or ReportFlag.Stale or ReportFlag.Disputed)))
            {
                var kind = report.Flags.Contains(ReportFlag.Outlier) ? ContradictionKind.Outlier
                    : report.Flags.Contains(ReportFlag.Stale) ? ContradictionKind.Stale
                    : ContradictionKind.Disputed;
                var mine = Cite(report.Claim.Evidence.Article, slot.Reports.Select(r => (r.Claim.Evidence.Article, r.DuplicateOf)), number);
                var others = backers.SelectMany(b => Cite(b.Claim.Evidence.Article, slot.Reports.Select(r => (r.Claim.Evidence.Article, r.DuplicateOf)), number)).ToList();
                var who = Wording.Articles(mine);
                var text = $"{Capitalize(who)} {(mine.Count == 1 ? "reports" : "report")} {EventLexicon.Phrase(slot.Event, slot.Group, Wording.Figure(report.Claim))}; "
                    + (others.Count == 0
                        ? $"the other reports give {Wording.Figure(consensus)}"
                        : $"{Wording.Articles(others)} {(others.Count == 1 ? "reports" : "report")} {Wording.Figure(consensus)}")
                    + kind switch
                    {
                        ContradictionKind.Outlier => mine.Count == 1 ? $": {who} is an outlier, its figure matches no other report." : $": {who} are an outlier, their figure matches no other report.",
                        ContradictionKind.Stale => $": {who} {(mine.Count == 1 ? "gives" : "give")} an old figure ({report.Reason}).",
                        _ => ": the reports cannot both be right.",
                    };
                result.Add(new Contradiction(kind, subject, text, [report.Claim.Evidence.Article, .. backers.Select(b => b.Claim.Evidence.Article)]));
            }
        }

        if (facts.EventDate is { Consensus: { } day } dates)
        {
            var agreeing = dates.Reports.Where(r => r.Claim.Date == day && !r.Claim.WeekdayOnly).Select(r => number[r.Claim.Evidence.Article]).ToList();
            foreach (var report in dates.Reports.Where(r => r.DuplicateOf is null && r.Flags.Contains(ReportFlag.Misdated) && r.Claim.Date != day
                && Math.Abs(r.Claim.Date.DayNumber - day.DayNumber) <= DateChecker.MisdatedMaxDays))
            {
                var who = Wording.Articles([number[report.Claim.Evidence.Article]]);
                var stated = report.Claim.WeekdayOnly
                    ? $"puts the event on a {report.Claim.Date.DayOfWeek} (\"{report.Claim.Text}\"), with no year or publication date to fix the day"
                    : $"dates the event {DateChecker.Day(report.Claim.Date)} (\"{report.Claim.Text}\")";
                result.Add(new Contradiction(
                    ContradictionKind.Misdated,
                    "the day of the event",
                    $"{Capitalize(who)} {stated}; {Wording.Articles(agreeing)} {(agreeing.Count == 1 ? "dates" : "date")} it {DateChecker.Day(day)}.",
                    [report.Claim.Evidence.Article]));
            }
        }

        if (facts.EventPlace is { Consensus: { } where } places)
        {
            var agreeing = places.Reports.Where(r => r.Claim.Place == where).Select(r => number[r.Claim.Evidence.Article]).ToList();
            foreach (var report in places.Reports.Where(r => r.DuplicateOf is null && r.Flags.Contains(ReportFlag.Disputed)))
            {
                var who = Wording.Articles([number[report.Claim.Evidence.Article]]);
                result.Add(new Contradiction(
                    ContradictionKind.Disputed,
                    "the place of the event",
                    $"{Capitalize(who)} places the event in {report.Claim.Place} and never names {where}; {Wording.Articles(agreeing)} {(agreeing.Count == 1 ? "places" : "place")} it in {where}.",
                    [report.Claim.Evidence.Article]));
            }
        }

        foreach (var slip in facts.CalendarErrors)
        {
            var who = Wording.Articles([number[slip.Evidence.Article]]);
            result.Add(new Contradiction(ContradictionKind.Misdated, "the calendar", $"{Capitalize(who)} says \"{slip.Text}\", but {DateChecker.Day(slip.Date)} was a {slip.Date.DayOfWeek}, not a {slip.Stated}.", [slip.Evidence.Article]));
        }

        foreach (var quote in facts.Quotes.Where(q => q.Status == QuoteStatus.Misattributed))
        {
            var parts = quote.Speakers.Select(speaker =>
            {
                var articles = quote.Reports.Where(r => r.Claim.Speaker is { } s && (s.Equals(speaker, StringComparison.OrdinalIgnoreCase) || speaker.EndsWith(" " + s, StringComparison.OrdinalIgnoreCase)))
                    .Select(r => number[r.Claim.Evidence.Article]);
                return $"to {speaker} in {Wording.Articles(articles)}";
            });
            result.Add(new Contradiction(
                ContradictionKind.Misattributed,
                "a quote",
                $"The words \"{Shorten(quote.Text, 80)}\" are given {string.Join(" and ", parts)}.",
                [.. quote.Reports.Select(r => r.Claim.Evidence.Article).Distinct(StringComparer.Ordinal)]));
        }

        // Each clash is told once: the group on the other side is skipped when its reports were already named.
        var told = new HashSet<AssertionClaim>(ReferenceEqualityComparer.Instance);
        foreach (var assertion in facts.Assertions.Where(a => a.Status == AssertionStatus.Contradicted))
        {
            if (assertion.Reports.All(told.Contains))
            {
                continue;
            }

            told.UnionWith(assertion.Contradicting);
            var these = Wording.Articles(assertion.Reports.Select(r => number[r.Evidence.Article]));
            var those = Wording.Articles(assertion.Contradicting.Select(r => number[r.Evidence.Article]));
            result.Add(new Contradiction(
                ContradictionKind.Contradicted,
                $"{assertion.Subject} {assertion.Act}",
                $"{Capitalize(these)} {(assertion.Reports.Length == 1 ? "reports" : "report")} that {assertion.Subject} {assertion.Act} {Shorten(assertion.Object, 80)}; {those} {(assertion.Contradicting.Length == 1 ? "reports" : "report")} that {assertion.Subject} {assertion.Contradicting[0].Act} {Shorten(assertion.Contradicting[0].Object, 80)}.",
                [.. assertion.Reports.Concat(assertion.Contradicting).Select(r => r.Evidence.Article).Distinct(StringComparer.Ordinal)]));
        }

        return result.ToImmutable();
    }

    /// <summary>An article and the near-duplicates that repeat it, by number.</summary>
    private static List<int> Cite(string article, IEnumerable<(string Article, string? DuplicateOf)> reports, Dictionary<string, int> number) =>
        [.. reports.Where(r => r.Article == article || r.DuplicateOf == article).Select(r => number[r.Article]).Distinct().Order()];

    private static ImmutableArray<TimelineEntry> Timeline(Story story, IReadOnlyList<Annotated> members, List<ArticleClaims> claims, StoryFacts facts, List<Candidate> sentences)
    {
        var misdated = facts.EventDate?.Reports.Where(r => r.Flags.Contains(ReportFlag.Misdated)).Select(r => r.Claim.Evidence.Article).ToHashSet(StringComparer.Ordinal) ?? [];
        var published = members.Select(m => m.Article.Published?.Date).Where(d => d is not null).Select(d => d!.Value).ToList();
        var start = facts.EventDate?.Consensus ?? story.First;
        var end = published.Count > 0 ? published.Max() : story.Last;
        if (start is null || end is null)
        {
            return [];
        }

        var bySentence = sentences.ToDictionary(s => (s.Article, s.Index));
        var used = new HashSet<(string, int)>();
        var entries = ImmutableArray.CreateBuilder<TimelineEntry>();
        foreach (var day in claims
            .Where(c => !misdated.Contains(c.Article))
            .SelectMany(c => c.Dates)
            .Where(d => d.Date >= start.Value && d.Date <= end.Value)
            .GroupBy(d => d.Date)
            .OrderBy(g => g.Key)
            .Take(MaxTimelineEntries))
        {
            // The best-placed sentence that tells of this day, one not already telling of another day if there is one.
            var best = day.Where(d => bySentence.ContainsKey((d.Evidence.Article, d.Evidence.Sentence)))
                .Select(d => (Date: d, Sentence: bySentence[(d.Evidence.Article, d.Evidence.Sentence)]))
                .OrderBy(p => used.Contains((p.Sentence.Article, p.Sentence.Index)))
                .ThenBy(p => p.Sentence.Doubtful)
                .ThenByDescending(p => p.Sentence.Score)
                .FirstOrDefault();
            if (best.Sentence is null)
            {
                continue;
            }

            used.Add((best.Sentence.Article, best.Sentence.Index));
            entries.Add(new TimelineEntry(day.Key, best.Sentence.Text, best.Date.Evidence.Article, best.Date.Evidence.Sentence, [.. day.Select(d => d.Evidence.Article).Distinct(StringComparer.Ordinal)]));
        }

        return entries.ToImmutable();
    }

    /// <summary>The ids of the sentence's words (letters and digits, two or more, not stop words), new words added to the vocabulary.</summary>
    private static List<int> Terms(string text, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> vocabulary, List<int> frequency)
    {
        var terms = new List<int>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                var word = text.AsSpan(start, i - start);
                if (word.Length > 1 && !StopwordLookup.Contains(word))
                {
                    if (!vocabulary.TryGetValue(word, out var id))
                    {
                        id = frequency.Count;
                        vocabulary[word] = id;
                        frequency.Add(0);
                    }

                    terms.Add(id);
                }

                start = -1;
            }
        }

        return terms;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)].TrimEnd() + "…";
}
