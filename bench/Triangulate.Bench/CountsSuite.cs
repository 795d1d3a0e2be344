using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Annotate.Quantities;
using Triangulate.Extract;
using Triangulate.Pipeline;

namespace Triangulate.Bench;

/// <summary>
/// Counts on gva/: each article's killed count (the largest value among its quantities whose event is
/// killed) and injured count, against its incident's num_killed and num_injured. Figures the recogniser marks as
/// totals over many events (<see cref="QuantityScope.Aggregate"/>: "in separate shootings across the city") or earlier events
/// (<see cref="QuantityScope.Past"/>) are not
/// the article's event and are left out.
/// </summary>
internal static class CountsSuite
{
    public static int Run(string datasets, string[] args)
    {
        var folder = Path.Combine(datasets, "gva");
        var (gold, incidentOf) = GvaGold.Load(folder);

        var articles = TriangulateEngine.Create(parallelism: 1).Extract([Path.Combine(folder, "articles.jsonl")])
            .Select(o => o.Article).OfType<Article>()
            .Where(a => incidentOf.TryGetValue(a.Id, out var incident) && gold.ContainsKey(incident))
            .ToList();
        // The whole language layer as it ships: sentences, entities, then figures per sentence, quotes, attributions.
        var annotator = new LayeredAnnotator(Annotators.Default);
        foreach (var article in articles.Take(300))
        {
            annotator.Annotate(article, CancellationToken.None); // warm-up: model, lexicons and JIT
        }

        var stopwatch = Stopwatch.StartNew();
        var found = articles.Select(a => (Article: a, Quantities: annotator.Annotate(a, CancellationToken.None).Quantities)).ToList();
        stopwatch.Stop();

        // --dump FILE: each article's gold and figures with an event, one JSON line an article, for studying misses.
        if (BenchArgs.Value(args, "--dump") is { } dumpPath)
        {
            using var dump = new StreamWriter(dumpPath);
            foreach (var (article, quantities) in found)
            {
                var (killed, injured) = gold[incidentOf[article.Id]];
                dump.WriteLine(JsonSerializer.Serialize(new
                {
                    id = article.Id,
                    gk = killed,
                    gi = injured,
                    qs = quantities.Where(q => q.Event is not null).Select(q => new { v = q.Value, e = q.Event, agg = q.Scope != QuantityScope.Event, t = q.Text, s = q.Start, c = Context(article.Body, q) }),
                }));
            }
        }

        var misses = BenchArgs.Int(args, "--misses") ?? 5;
        Console.WriteLine($"gva/: {articles.Count} articles with a gold incident; annotated (sentences, entities, figures, quotes, attributions) in {stopwatch.Elapsed.TotalMilliseconds:0} ms ({articles.Count / stopwatch.Elapsed.TotalSeconds:0} articles/s, {articles.Sum(a => a.Body.Length) / 1e6 / stopwatch.Elapsed.TotalSeconds:0.0} M chars/s, one thread, after a warm-up pass)");
        Console.WriteLine();
        Console.WriteLine("event                precision  coverage  (articles with a count / equal to gold; incidents' articles with gold > 0 / with a count)   target P >= 0.85, coverage >= 0.70");
        foreach (var (eventName, pick) in new (string, Func<(int Killed, int Injured), int>)[] { ("killed", g => g.Killed), ("injured", g => g.Injured), ("injured shot-killed", g => g.Injured) })
        {
            int withCount = 0, equal = 0, positive = 0, covered = 0;
            var wrong = new List<string>();
            var uncovered = new List<string>();
            foreach (var (article, quantities) in found)
            {
                var expected = pick(gold[incidentOf[article.Id]]);
                var values = quantities.Where(q => q.Event == eventName.Split(' ')[0] && q.Kind == QuantityKind.Count && q.Value is not null && q.Scope == QuantityScope.Event).ToList();
                int? count = values.Count == 0 ? null : (int)values.Max(q => q.Value!.Value);
                if (count is null && eventName == "injured shot-killed")
                {
                    // Derived, not the metric: people shot, less those killed, when no injured count is stated.
                    var shot = quantities.Where(q => q.Event == "shot" && q.Value is not null && q.Scope == QuantityScope.Event).Select(q => q.Value!.Value).DefaultIfEmpty(-1).Max();
                    var killed = quantities.Where(q => q.Event == "killed" && q.Value is not null && q.Scope == QuantityScope.Event).Select(q => q.Value!.Value).DefaultIfEmpty(0).Max();
                    count = shot >= 0 && shot - killed >= 0 ? (int)(shot - killed) : null;
                }
                if (count is { } c)
                {
                    withCount++;
                    if (c == expected)
                    {
                        equal++;
                    }
                    else if (wrong.Count < misses)
                    {
                        // A derived count has no quantity of its own to show.
                        wrong.Add(values.Count == 0
                            ? $"  {article.Id}: gold {expected}, derived {c} (people shot less those killed)"
                            : $"  {article.Id}: gold {expected}, found {c} from \"{Context(article.Body, values.MaxBy(q => q.Value!.Value))}\"");
                    }
                }

                if (expected > 0)
                {
                    positive++;
                    covered += count is null ? 0 : 1;
                    if (count is null && uncovered.Count < misses)
                    {
                        uncovered.Add($"  {article.Id}: gold {expected}, no count in \"{article.Body[..Math.Min(article.Body.Length, 240)].ReplaceLineEndings(" ")}\"");
                    }
                }
            }

            Console.WriteLine($"{eventName,-20} {Ratio(equal, withCount),9}  {Ratio(covered, positive),8}  ({withCount} / {equal}; {positive} / {covered})");
            foreach (var line in wrong.Concat(uncovered))
            {
                Console.WriteLine(line);
            }
        }

        return 0;
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);

    private static string Context(string body, Quantity q)
    {
        var start = Math.Max(0, q.Start - 60);
        var end = Math.Min(body.Length, q.End + 60);
        return body[start..end].ReplaceLineEndings(" ");
    }
}
