using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Pipeline;
using Triangulate.Stories;
using Triangulate.Verify;

namespace Triangulate.Bench;

/// <summary>
/// The brief's killed and injured slots on gva/: for incidents with two or more articles, the consensus value
/// against the incident's num_killed and num_injured, where any article states a count; and no incident whose
/// articles state incompatible counts may be marked agreed. Run twice: with the gold incidents as the stories
/// (the cross-checking alone) and with the stories the engine found (the whole pipeline).
/// </summary>
internal static class BriefSuite
{
    public static int Run(string datasets, string[] args)
    {
        var folder = Path.Combine(datasets, "gva");
        var (gold, incidentOf) = GvaGold.Load(folder);

        var misses = BenchArgs.Int(args, "--misses") ?? 5;
        var choiceOnly = BenchArgs.Has(args, "--choice");
        var engine = TriangulateEngine.Create();
        var stopwatch = Stopwatch.StartNew();
        var result = engine.Analyze(engine.Read([Path.Combine(folder, "articles.jsonl")]));
        stopwatch.Stop();
        Console.WriteLine($"gva/: {result.Articles.Length} articles, {result.Stories.Length} stories; analyze (read, annotate, cluster, cross-check) {stopwatch.Elapsed.TotalSeconds:0.0} s, {result.Articles.Length / stopwatch.Elapsed.TotalSeconds:0} articles/s on {Environment.ProcessorCount} threads");

        var byId = result.Articles.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        var briefing = Stopwatch.StartNew();
        foreach (var story in result.Stories)
        {
            BriefBuilder.Build(story, [.. story.Articles.Select(id => byId[id])]);
        }

        briefing.Stop();
        var largest = result.Stories.MaxBy(s => s.Articles.Length)!;
        Console.WriteLine($"cross-checking and briefs alone: {briefing.Elapsed.TotalSeconds:0.00} s on one thread ({result.Articles.Length / briefing.Elapsed.TotalSeconds:0} articles/s); largest story {largest.Articles.Length} articles");
        var incidents = byId.Keys.Where(incidentOf.ContainsKey).GroupBy(id => incidentOf[id]).Where(g => g.Count() >= 2 && gold.ContainsKey(g.Key)).ToList();

        // Gold incidents as stories: the cross-checking alone.
        var goldBriefs = incidents.ToDictionary(
            g => g.Key,
            g => BriefBuilder.Build(GoldStory(g.Key, [.. g], result.Duplicates), [.. g.Select(id => byId[id])]));
        Console.WriteLine();
        Console.WriteLine($"gold incidents as stories ({incidents.Count} incidents with two or more articles):");
        Report(goldBriefs, gold, misses, choiceOnly);

        // The engine's own stories: each incident judged by the story holding most of its articles.
        var storyOf = result.Stories.SelectMany(s => s.Articles.Select(a => (a, s.Id))).ToDictionary(p => p.a, p => p.Id, StringComparer.Ordinal);
        var briefOf = result.Briefs.ToDictionary(b => b.Story.Id, StringComparer.Ordinal);
        var pipelineBriefs = incidents.ToDictionary(g => g.Key, g => briefOf[g.GroupBy(id => storyOf[id]).MaxBy(s => s.Count())!.Key]);
        Console.WriteLine();
        Console.WriteLine("the engine's stories (each incident judged by the story that holds most of its articles):");
        Report(pipelineBriefs, gold, misses, choiceOnly);
        return 0;
    }

    private static Story GoldStory(string incident, List<string> articles, IEnumerable<DuplicateGroup> duplicates)
    {
        var members = articles.ToHashSet(StringComparer.Ordinal);
        var groups = duplicates.Select(d => d.Articles.Where(members.Contains).ToList()).Where(d => d.Count > 1).Select(d => d.ToImmutableArray()).ToImmutableArray();
        return new Story(incident, incident, null, null, [.. articles], groups, [], []);
    }

    private static void Report(Dictionary<string, StoryBrief> briefs, Dictionary<string, (int Killed, int Injured)> gold, int misses, bool choiceOnly)
    {
        Console.WriteLine("slot      incidents with a count   consensus = gold   share    agreed while incompatible   agreed with differing values   disputed   target share >= 0.90, agreed-while-incompatible = 0");
        foreach (var (eventName, pick) in new (string, Func<(int Killed, int Injured), int>)[] { ("killed", g => g.Killed), ("injured", g => g.Injured) })
        {
            int stated = 0, equal = 0, wrongAgreed = 0, differingAgreed = 0, disputed = 0, anyEqual = 0, maxEqual = 0, modeEqual = 0;
            var wrong = new List<string>();
            foreach (var (incident, brief) in briefs)
            {
                var slot = MainSlot(brief, eventName);
                if (slot?.Consensus is not { } consensus)
                {
                    continue;
                }

                stated++;
                var expected = pick(gold[incident]);
                if ((int)Math.Round(consensus.Value) == expected)
                {
                    equal++;
                }
                else if (wrong.Count < misses && (!choiceOnly || slot.Reports.Any(r => r.Claim.Value == expected)))
                {
                    wrong.Add($"    {incident}: consensus {consensus.Value} ({slot.Status}), gold {expected}; reports {string.Join(", ", slot.Reports.Select(r => $"{r.Claim.Text} [{string.Join('/', r.Flags)}]"))}");
                }

                var independent = slot.Reports.Where(r => r.DuplicateOf is null).Select(r => r.Claim).ToList();
                anyEqual += independent.Any(c => c.Value == expected) ? 1 : 0;
                maxEqual += independent.Max(c => c.Point) == expected ? 1 : 0;
                modeEqual += independent.GroupBy(c => c.Point).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key == expected ? 1 : 0;
                var incompatible = independent.Any(a => independent.Any(b => !CountChecker.Compatible(a, b)));
                var differing = independent.Select(c => (c.Value, c.Low, c.High)).Distinct().Count() > 1;
                disputed += slot.Status == FactStatus.Disputed ? 1 : 0;
                wrongAgreed += incompatible && slot.Status == FactStatus.Agreed ? 1 : 0;
                differingAgreed += differing && slot.Status == FactStatus.Agreed ? 1 : 0;
            }

            Console.WriteLine($"{eventName,-9} {stated,22}   {equal,16}   {(stated == 0 ? 0 : (double)equal / stated),5:0.000}    {wrongAgreed,24}   {differingAgreed,27}   {disputed,8}");
            Console.WriteLine($"          (for comparison: some report equals gold {(double)anyEqual / Math.Max(1, stated):0.000}; the largest report {(double)maxEqual / Math.Max(1, stated):0.000}; the most common report {(double)modeEqual / Math.Max(1, stated):0.000})");
            foreach (var line in wrong)
            {
                Console.WriteLine(line);
            }
        }
    }

    /// <summary>The slot an incident's toll is read from: the event's most-sourced slot, people in general first among equals.</summary>
    public static FactSlot? MainSlot(StoryBrief brief, string eventName) =>
        brief.Facts.Facts
            .Where(f => f.Event == eventName)
            .OrderByDescending(f => f.Sources)
            .ThenByDescending(f => f.Group == Claims.CountedGroups.People)
            .FirstOrDefault();
}
