using System.Collections.Immutable;
using Triangulate.Claims;

namespace Triangulate.Verify;

/// <summary>
/// Aligns a story's figures into fact slots (event and counted group) and judges each: agreed, disputed or
/// single-source, with outliers, stale figures and near-duplicates flagged report by report.
/// </summary>
public static class CountChecker
{
    /// <summary>Reports at least this far apart on a log10 scale from the median of the others are outliers: an order of magnitude.</summary>
    public const double OutlierDistance = 1.0;

    /// <summary>Independent reports a slot needs before one of them can be called an outlier: with two, neither can be singled out.</summary>
    public const int OutlierMinimumReports = 3;

    /// <summary>A figure whose sentence dates it entirely this many days or more before the story's first event is background, not a claim about the story.</summary>
    public const int BackgroundDays = 7;

    private const double Tolerance = 1e-9;

    /// <summary>The fact slots of a story's figures, most-reported first.</summary>
    /// <param name="claims">Each member article's claims, in story order.</param>
    /// <param name="duplicateOf">For a near-duplicate article, the earlier member it repeats.</param>
    /// <param name="storyStart">The story's first event day; figures dated wholly before it are background.</param>
    public static ImmutableArray<FactSlot> Check(IReadOnlyList<ArticleClaims> claims, IReadOnlyDictionary<string, string> duplicateOf, DateOnly? storyStart)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(duplicateOf);
        var bySlot = new Dictionary<(string Event, string Group), List<CountClaim>>();
        foreach (var article in claims)
        {
            // One report per article and slot: its largest figure (a toll, not "four of the injured").
            foreach (var claim in article.Counts.Where(c => !IsBackground(c, storyStart))
                         .GroupBy(c => (c.Event, c.Group))
                         .Select(g => g.MaxBy(c => c.Point)!))
            {
                var key = (claim.Event, claim.Group);
                if (!bySlot.TryGetValue(key, out var list))
                {
                    bySlot[key] = list = [];
                }

                list.Add(claim);
            }
        }

        // A slot whose event leaves other people out is judged after theirs, so their consensus is known.
        var judged = new Dictionary<(string Event, string Group), FactSlot>();
        var judging = new HashSet<(string Event, string Group)>();
        FactSlot JudgeSlot((string Event, string Group) key)
        {
            if (judged.TryGetValue(key, out var done))
            {
                return done;
            }

            // The event's people leave out another's: judge that slot first (unless it is being judged: a cycle).
            judging.Add(key);
            var excluded = EventLexicon.Excludes(key.Event) is { } other && bySlot.ContainsKey((other, key.Group)) && !judging.Contains((other, key.Group))
                ? JudgeSlot((other, key.Group))
                : null;
            judging.Remove(key);
            return judged[key] = Judge(key.Event, key.Group, bySlot[key], duplicateOf, excluded);
        }

        foreach (var key in bySlot.Keys)
        {
            JudgeSlot(key);
        }

        return [.. judged.Values
            .OrderByDescending(s => s.Sources)
            .ThenByDescending(s => s.Reports.Length)
            .ThenBy(s => s.Event, StringComparer.Ordinal)
            .ThenBy(s => s.Group, StringComparer.Ordinal)];
    }

    /// <summary>True when every date the figure's sentence gives lies well before the story's first event ("in 2021, a flood killed 12").</summary>
    public static bool IsBackground(CountClaim claim, DateOnly? storyStart) =>
        claim.Mentioned is { } mentioned && storyStart is { } start && mentioned.End.DayNumber < start.DayNumber - BackgroundDays;

    /// <summary>True when the two figures' ranges overlap: "more than 300" and "about 340" are compatible; 140 and 141 are not; nor are "more than 300" and 7,500 (see <see cref="OpenBoundFactor"/>).</summary>
    public static bool Compatible(CountClaim a, CountClaim b) =>
        Low(a) <= High(b) + Tolerance && Low(b) <= High(a) + Tolerance;

    /// <summary>
    /// How far past its bound an open figure is taken to reach when compared: "more than 300" allows 340 but not
    /// 7,500 (a writer who knew of 7,500 would not write "more than 300"); "up to 50" likewise reaches down to 25.
    /// </summary>
    public const double OpenBoundFactor = 2.0;

    private static double Low(CountClaim c) => c.Low ?? (c.High is { } high ? high / OpenBoundFactor : 0);

    private static double High(CountClaim c) => c.High ?? (c.Low is { } low ? Math.Max(low * OpenBoundFactor, low + 1) : double.PositiveInfinity);

    private static bool Contains(CountClaim c, double value) => Low(c) <= value + Tolerance && value <= High(c) + Tolerance;

    /// <summary>Judges one slot's reports; <paramref name="excluded"/> is the slot of the same people's event this one leaves out (the dead, for the injured), if any.</summary>
    private static FactSlot Judge(string eventName, string group, List<CountClaim> reports, IReadOnlyDictionary<string, string> duplicateOf, FactSlot? excluded)
    {
        var firstOfRoot = new Dictionary<string, CountClaim>(StringComparer.Ordinal);
        var independent = new List<CountClaim>();
        var repeats = new Dictionary<CountClaim, CountClaim>();
        // Originals first (in story order), so a repeat is matched to its original's report when the original has one.
        foreach (var report in reports.OrderBy(r => duplicateOf.ContainsKey(r.Evidence.Article)))
        {
            var root = duplicateOf.TryGetValue(report.Evidence.Article, out var original) ? original : report.Evidence.Article;
            if (firstOfRoot.TryGetValue(root, out var first))
            {
                repeats[report] = first;
            }
            else
            {
                firstOfRoot[root] = report;
                independent.Add(report);
            }
        }

        var flags = reports.ToDictionary(r => r, _ => new List<ReportFlag>());
        var reasons = new Dictionary<CountClaim, string>();
        var cumulative = EventLexicon.IsCumulative(eventName);

        if (independent.Count >= OutlierMinimumReports)
        {
            foreach (var report in independent)
            {
                var others = independent.Where(o => !ReferenceEquals(o, report)).Select(o => Log(o.Point)).Order().ToList();
                var median = others.Count % 2 == 1 ? others[others.Count / 2] : (others[(others.Count / 2) - 1] + others[others.Count / 2]) / 2;
                if (Math.Abs(Log(report.Point) - median) >= OutlierDistance && !independent.Any(o => !ReferenceEquals(o, report) && Compatible(o, report)))
                {
                    flags[report].Add(ReportFlag.Outlier);
                    reasons[report] = "its figure matches no other report and is an order of magnitude or more from theirs";
                }
            }
        }

        // "Eight people were shot, one fatally" read as eight injured: a figure higher than another report by exactly
        // the agreed count of the people this event leaves out counts them as well.
        // Only a count of those people that is not itself in dispute, and only against a lower figure given at least as
        // often (of 6, 7, 7 and 8 injured beside one dead, the 8).
        if (excluded is { Status: not FactStatus.Disputed, Consensus: { } agreed } && agreed.Value >= 1)
        {
            var left = agreed.Value;
            int Given(double value) => independent.Count(r => r.Value is { } v && Math.Abs(v - value) < Tolerance);
            foreach (var report in independent.Where(r => r.Value is { } v && independent.Any(o => o.Value is { } w && Math.Abs(v - w - left) < Tolerance && Given(w) >= Given(v))).ToList())
            {
                flags[report].Add(ReportFlag.Disputed);
                reasons[report] = $"its figure is another report's plus the {left:0} {excluded.Event}: it seems to count them too";
            }
        }

        var current = independent.Where(r => !flags[r].Contains(ReportFlag.Outlier) && !flags[r].Contains(ReportFlag.Disputed)).ToList();
        var support = current.ToDictionary(r => r, r => Support(current, r));
        foreach (var report in current)
        {
            foreach (var other in current)
            {
                if (ReferenceEquals(report, other) || Compatible(report, other) || report.AsOf is not { } mine || other.AsOf is not { } theirs || mine == theirs)
                {
                    continue;
                }

                var lower = High(report) < Low(other);
                if (mine < theirs && (lower || !cumulative))
                {
                    flags[report].Add(ReportFlag.Stale);
                    reasons[report] = $"a later report ({theirs:yyyy-MM-dd}) gives a {(lower ? "higher" : "different")} figure";
                    break;
                }

                // A later, lower toll is an old figure recycled, unless more sources back it than the higher one.
                if (mine > theirs && lower && cumulative && support[report] <= support[other])
                {
                    flags[report].Add(ReportFlag.Stale);
                    reasons[report] = $"a cumulative figure lower than one already reported on {theirs:yyyy-MM-dd}: an old figure";
                    break;
                }
            }
        }

        var candidates = current.Where(r => !flags[r].Contains(ReportFlag.Stale)).ToList();
        if (candidates.Count == 0)
        {
            candidates = current.Count > 0 ? current : independent;
        }

        var consensus = Agree(candidates);
        var disputed = independent.Count > 1 && independent.Any(a => independent.Any(b => !Compatible(a, b)));
        foreach (var report in independent)
        {
            var own = flags[report];
            if (disputed && !Contains(report, consensus.Value) && own.Count == 0)
            {
                own.Add(ReportFlag.Disputed);
            }
            else if (own.Count == 0 && independent.Any(o => !ReferenceEquals(o, report) && Compatible(o, report)))
            {
                own.Add(ReportFlag.Corroborated);
            }
        }

        foreach (var (report, original) in repeats)
        {
            flags[report].Add(ReportFlag.Duplicate);
            flags[report].AddRange(flags[original]);
            if (reasons.TryGetValue(original, out var reason))
            {
                reasons[report] = reason;
            }
        }

        var status = independent.Count < 2 ? FactStatus.SingleSource : disputed ? FactStatus.Disputed : FactStatus.Agreed;
        return new FactSlot(
            eventName,
            group,
            status,
            consensus,
            [.. reports.Select(r => new FactReport(
                r,
                [.. flags[r].Distinct()],
                reasons.GetValueOrDefault(r),
                repeats.TryGetValue(r, out var original) ? original.Evidence.Article : null))],
            independent.Count);
    }

    /// <summary>
    /// The value most candidates allow (ties to the latest report, then the larger figure), bounded by what every
    /// supporting report allows.
    /// </summary>
    private static Consensus Agree(List<CountClaim> candidates)
    {
        var best = candidates
            .SelectMany(c => new[] { c.Point, Low(c) }.Where(double.IsFinite).Select(v => (Value: v, Claim: c)))
            .Select(p => (p.Value, p.Claim, Support: candidates.Count(c => Contains(c, p.Value))))
            .OrderByDescending(p => p.Support)
            .ThenByDescending(p => p.Claim.AsOf ?? DateOnly.MinValue)
            .ThenByDescending(p => p.Claim.Value is not null && p.Claim.Value == p.Value)
            .ThenByDescending(p => p.Value)
            .First();
        var supporters = candidates.Where(c => Contains(c, best.Value)).ToList();
        var low = supporters.Select(c => c.Low).Where(v => v is not null).Max();
        var highs = supporters.Select(c => c.High).OfType<double>().ToList();
        return new Consensus(best.Value, low, highs.Count == 0 ? null : highs.Min());
    }

    private static int Support(List<CountClaim> reports, CountClaim report) => reports.Count(r => Compatible(r, report));

    private static double Log(double value) => Math.Log10(Math.Max(value, 0.5));
}
