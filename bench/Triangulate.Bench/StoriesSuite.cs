using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Triangulate.Annotate;
using Triangulate.Extract;
using Triangulate.Pipeline;
using Triangulate.Stories;

namespace Triangulate.Bench;

/// <summary>
/// Story clustering on gva/ (gold story = incident) and ecbplus/ (gold story = subtopic, the event):
/// BCubed precision, recall and F1, beside a TF-IDF single-link baseline tuned on the same dev half;
/// with --tune, a grid search on the dev halves; with --scale, time and memory per article at 1k, 10k, 100k.
/// </summary>
internal static class StoriesSuite
{
    private sealed record Item(StoryFeatures Features, string Gold, string Topic, DateOnly? Order);

    public static int Run(string datasets, string[] args)
    {
        var gva = LoadGva(Path.Combine(datasets, "gva"));
        var ecb = LoadEcb(Path.Combine(datasets, "ecbplus"));
        var options = StoryClusteringOptions.Default;
        if (args.Contains("--tune"))
        {
            options = Tune(gva.Where(i => IsDev(i.Gold)).ToList(), ecb.Where(i => IsDev(i.Topic)).ToList());
            Console.WriteLine($"tuned on dev: {options}");
            Console.WriteLine();
        }

        Report("gva/ (gold = incident)", gva, options, topics: false);
        Report("ecbplus/ (gold = subtopic, the event)", ecb, options, topics: true);
        if (Array.IndexOf(args, "--misses") is var at and >= 0)
        {
            var count = at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var n) ? n : 10;
            Misses(gva.Where(i => IsDev(i.Gold)).ToList(), options, count);
        }

        if (args.Contains("--scale"))
        {
            Scale(gva, options);
        }

        return 0;
    }

    private static bool IsDev(string key) => (StableHash(key) & 1) == 0;

    private static int StableHash(string key)
    {
        var h = 17;
        foreach (var c in key)
        {
            h = unchecked((h * 31) + c);
        }

        return h & int.MaxValue;
    }

    private static void Report(string name, List<Item> items, StoryClusteringOptions options, bool topics)
    {
        var dev = items.Where(i => IsDev(topics ? i.Topic : i.Gold)).ToList();
        var test = items.Where(i => !IsDev(topics ? i.Topic : i.Gold)).ToList();
        var predicted = Cluster(test, options);
        var (p, r, f) = BCubed(predicted, test.Select(i => i.Gold).ToList());
        var baselineThreshold = TuneBaseline(dev);
        var baseline = SingleLink(test, baselineThreshold);
        var (bp, br, bf) = BCubed(baseline, test.Select(i => i.Gold).ToList());
        Console.WriteLine($"{name}: {items.Count} articles, {items.Select(i => i.Gold).Distinct().Count()} gold stories; test half {test.Count} articles ({dev.Count} dev)");
        Console.WriteLine($"  {"method",-46} {"BCubed P",9} {"R",7} {"F1",7}");
        Console.WriteLine($"  {"Triangulate incremental (entities, TF-IDF, time)",-46} {p,9:0.000} {r,7:0.000} {f,7:0.000}   stories {predicted.Distinct().Count()}");
        Console.WriteLine($"  {$"baseline: TF-IDF cosine single-link @ {baselineThreshold:0.00}",-46} {bp,9:0.000} {br,7:0.000} {bf,7:0.000}");
        if (topics)
        {
            var (tp, tr, tf) = BCubed(predicted, test.Select(i => i.Topic).ToList());
            Console.WriteLine($"  {"Triangulate, scored against topics",-46} {tp,9:0.000} {tr,7:0.000} {tf,7:0.000}");
        }

        Console.WriteLine();
    }

    /// <summary>Clusters items in order of their dates (a feed arriving); returns each item's story.</summary>
    private static List<int> Cluster(List<Item> items, StoryClusteringOptions options)
    {
        var index = new StoryIndex(options);
        var order = Enumerable.Range(0, items.Count).OrderBy(i => items[i].Order ?? DateOnly.MinValue).ThenBy(i => i).ToList();
        var result = new int[items.Count];
        foreach (var i in order)
        {
            result[i] = index.Add(items[i].Features).Story;
        }

        return [.. result];
    }

    /// <summary>Prints gold stories of the dev half that clustering split, article by article in arrival order.</summary>
    private static void Misses(List<Item> dev, StoryClusteringOptions options, int count)
    {
        var index = new StoryIndex(options);
        var order = Enumerable.Range(0, dev.Count).OrderBy(i => dev[i].Order ?? DateOnly.MinValue).ThenBy(i => i).ToList();
        var result = new (int Story, double Score)[dev.Count];
        var mates = new string[dev.Count];
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var i in order)
        {
            var earlier = seen.TryGetValue(dev[i].Gold, out var list) ? list : null;
            result[i] = index.Add(dev[i].Features);
            if (earlier is not null)
            {
                // The story most of the earlier articles of the same gold story went to: was it a candidate, and its score.
                var target = earlier.GroupBy(j => result[j].Story).OrderByDescending(g => g.Count()).First().Key;
                var scored = index.LastScored.Where(c => c.Story == target).Select(c => c.Parts.ToString()).FirstOrDefault();
                mates[i] = $"mates s{target}: " + (scored ?? "not a candidate") + $" of {index.LastScored.Count}";
            }

            if (earlier is null)
            {
                seen[dev[i].Gold] = earlier = [];
            }

            earlier.Add(i);
        }

        var split = order.GroupBy(i => dev[i].Gold)
            .Where(g => g.Select(i => result[i].Story).Distinct().Count() > 1)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        Console.WriteLine($"gva/ dev: {split.Count} gold stories split; the first {Math.Min(count, split.Count)}");
        foreach (var gold in split.Take(count))
        {
            Console.WriteLine($"  gold {gold.Key}");
            foreach (var i in gold)
            {
                var f = dev[i].Features;
                var others = order.Count(j => result[j].Story == result[i].Story && dev[j].Gold != gold.Key);
                Console.WriteLine($"    s{result[i].Story,-5} {result[i].Score,5:0.00} +{others,-2} pub {dev[i].Order} event {f.EventDate} {Truncate(f.Title ?? "", 70)}  [{mates[i]}]");
                Console.WriteLine($"           {string.Join(", ", f.Entities.Order(StringComparer.Ordinal).Take(10))}");
            }
        }

        Console.WriteLine();
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    private static StoryClusteringOptions Tune(List<Item> gvaDev, List<Item> ecbDev)
    {
        var best = StoryClusteringOptions.Default;
        var bestScore = double.MinValue;
        double bestGva = 0, bestEcb = 0;
        foreach (var entityWeight in new[] { 0.2, 0.3, 0.4, 0.5 })
        {
            foreach (var penalty in new[] { 0.1, 0.2, 0.3 })
            {
                for (var threshold = 0.12; threshold <= 0.5; threshold += 0.02)
                {
                    var candidate = StoryClusteringOptions.Default with
                    {
                        Threshold = Math.Round(threshold, 2),
                        EntityWeight = entityWeight,
                        ContentWeight = 1 - entityWeight,
                        DatePenalty = penalty,
                    };
                    var f1 = BCubed(Cluster(gvaDev, candidate), gvaDev.Select(i => i.Gold).ToList()).F1;
                    var f2 = BCubed(Cluster(ecbDev, candidate), ecbDev.Select(i => i.Gold).ToList()).F1;
                    // gva/ is the larger and the harder target; ecbplus/ breaks ties.
                    if ((2 * f1) + f2 > bestScore)
                    {
                        (best, bestScore, bestGva, bestEcb) = (candidate, (2 * f1) + f2, f1, f2);
                    }
                }
            }
        }

        Console.WriteLine($"dev BCubed F1 at the tuned settings: gva/ {bestGva:0.000}, ecbplus/ {bestEcb:0.000}");
        return best;
    }

    private static double TuneBaseline(List<Item> dev)
    {
        var pairs = Similarities(dev);
        var best = 0.5;
        var bestF = -1.0;
        for (var t = 0.05; t < 0.9; t += 0.025)
        {
            var f = BCubed(SingleLink(dev.Count, pairs, t), dev.Select(i => i.Gold).ToList()).F1;
            if (f > bestF)
            {
                (best, bestF) = (t, f);
            }
        }

        return best;
    }

    /// <summary>The plain baseline: TF-IDF cosine over all words, single-link at a threshold.</summary>
    private static List<int> SingleLink(List<Item> items, double threshold) => SingleLink(items.Count, Similarities(items), threshold);

    /// <summary>Single-link clusters of the pairs whose cosine reaches the threshold.</summary>
    private static List<int> SingleLink(int count, List<(int I, int J, double Cosine)> pairs, double threshold)
    {
        var parent = Enumerable.Range(0, count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        foreach (var (i, j, cosine) in pairs)
        {
            if (cosine >= threshold)
            {
                parent[Find(i)] = Find(j);
            }
        }

        return [.. Enumerable.Range(0, count).Select(Find)];
    }

    /// <summary>The TF-IDF cosine of every pair of items (over all their words), computed once for all thresholds.</summary>
    private static List<(int I, int J, double Cosine)> Similarities(List<Item> items)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var term in item.Features.Terms.Keys)
            {
                df[term] = df.GetValueOrDefault(term) + 1;
            }
        }

        var vectors = items.Select(item =>
        {
            var v = item.Features.Terms.ToDictionary(t => t.Key, t => (1 + Math.Log(t.Value)) * Math.Log((items.Count + 1.0) / (df[t.Key] + 1.0)), StringComparer.Ordinal);
            var norm = Math.Sqrt(v.Values.Sum(x => x * x));
            return v.ToDictionary(p => p.Key, p => norm > 0 ? p.Value / norm : 0, StringComparer.Ordinal);
        }).ToList();
        var pairs = new List<(int I, int J, double Cosine)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                var (small, large) = vectors[i].Count < vectors[j].Count ? (vectors[i], vectors[j]) : (vectors[j], vectors[i]);
                var dot = 0.0;
                foreach (var (term, w) in small)
                {
                    if (large.TryGetValue(term, out var x))
                    {
                        dot += w * x;
                    }
                }

                if (dot > 0)
                {
                    pairs.Add((i, j, dot));
                }
            }
        }

        return pairs;
    }

    /// <summary>BCubed precision, recall and F1 over items (Bagga and Baldwin).</summary>
    internal static (double Precision, double Recall, double F1) BCubed(IReadOnlyList<int> predicted, IReadOnlyList<string> gold)
    {
        var byCluster = Enumerable.Range(0, predicted.Count).GroupBy(i => predicted[i]).ToDictionary(g => g.Key, g => g.ToList());
        var byGold = Enumerable.Range(0, gold.Count).GroupBy(i => gold[i]).ToDictionary(g => g.Key, g => g.Count());
        double precision = 0, recall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            var cluster = byCluster[predicted[i]];
            var correct = cluster.Count(j => gold[j] == gold[i]);
            precision += (double)correct / cluster.Count;
            recall += (double)correct / byGold[gold[i]];
        }

        precision /= predicted.Count;
        recall /= predicted.Count;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    private static List<Item> LoadGva(string folder)
    {
        var incidentOf = new Dictionary<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "articles.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            incidentOf[json.RootElement.GetProperty("id").GetString()!] = json.RootElement.GetProperty("incident").GetString()!;
        }

        return [.. TriangulateEngine.Create().Read([Path.Combine(folder, "articles.jsonl")])
            .Select(o => o.Annotated).OfType<Annotated>()
            .Where(a => incidentOf.ContainsKey(a.Article.Id))
            .Select(a => new Item(StoryFeatures.From(a), incidentOf[a.Article.Id], incidentOf[a.Article.Id], a.Article.Published?.Date))];
    }

    private static List<Item> LoadEcb(string folder)
    {
        var annotator = new LayeredAnnotator(Annotators.Default);
        var items = new List<Item>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "docs.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var sentences = root.GetProperty("sentences").EnumerateArray().Select(s => Detokenize(s.GetString()!))
                .Where(s => !s.StartsWith("http", StringComparison.Ordinal)).ToList();
            if (sentences.Count == 0)
            {
                continue;
            }

            var (body, spans) = Article.Join(sentences);
            var article = new Article { Id = root.GetProperty("doc").GetString()!, Source = "ecbplus", Body = body, Paragraphs = spans };
            var annotated = annotator.Annotate(article, CancellationToken.None);
            items.Add(new Item(StoryFeatures.From(annotated), root.GetProperty("subtopic").GetString()!, root.GetProperty("topic").GetString()!, null));
        }

        return items;
    }

    /// <summary>Undoes the corpus's space-separated tokens closely enough for the annotator.</summary>
    private static string Detokenize(string text) => text
        .Replace(" , ", ", ", StringComparison.Ordinal).Replace(" . ", ". ", StringComparison.Ordinal)
        .Replace(" 's", "'s", StringComparison.Ordinal).Replace(" ' s ", "'s ", StringComparison.Ordinal)
        .Replace(" - ", "-", StringComparison.Ordinal).TrimEnd(' ', '.') + ".";

    private static void Scale(List<Item> source, StoryClusteringOptions options)
    {
        const int Tail = 1_000, Repeats = 3;
        Console.WriteLine("scale: articles drawn with replacement from gva/, each varied (a fifth of its words dropped, a few made unique, its date moved);");
        Console.WriteLine($"       time per article is the marginal cost: {Tail:N0} more articles added to an index of that many, best of {Repeats} builds");
        var random = new Random(7);
        Grow(Synthesize(source, 20_000, random), 10_000, Tail, options); // warm-up: JIT tiers, caches
        double? atOneThousand = null;
        foreach (var n in new[] { 1_000, 10_000, 100_000 })
        {
            var features = Synthesize(source, n + Tail, random);
            var runs = Enumerable.Range(0, Repeats).Select(_ => Grow(features, n, Tail, options)).ToList();
            var best = runs.MinBy(r => r.PerArticle);
            atOneThousand ??= best.PerArticle;
            Console.WriteLine($"  {n,7:N0} articles: {best.PerArticle,6:0.0} µs per article (runs {string.Join(" ", runs.Select(r => r.PerArticle.ToString("0", CultureInfo.InvariantCulture)))}), ratio to 1k {best.PerArticle / atOneThousand:0.00}; " +
                $"{best.BytesPerArticle,5:0} bytes of index per article; {best.Stories:N0} stories; per article {best.Postings:0} postings read, {best.Candidates:0.0} stories scored, {best.GcPause:0.0} µs GC pause ({best.Gen2} gen2)");
        }

        Console.WriteLine("  targets: ratio at 100k <= 1.5; index memory <= 4 KB per article beyond its text");
    }

    /// <summary>
    /// Builds an index over the first <paramref name="size"/> features and measures its managed heap, then times adding the next
    /// <paramref name="tail"/>: returns µs per added article, index bytes per article, stories, and the lookup work per added article.
    /// </summary>
    private static (double PerArticle, double BytesPerArticle, int Stories, double Postings, double Candidates, double GcPause, int Gen2) Grow(List<StoryFeatures> features, int size, int tail, StoryClusteringOptions options)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = new StoryIndex(options);
        for (var i = 0; i < size; i++)
        {
            index.Add(features[i]);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        var (postings, candidates) = (index.PostingsRead, index.CandidatesScored);
        var (pause, gen2) = (GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        var stopwatch = Stopwatch.StartNew();
        for (var i = size; i < size + tail; i++)
        {
            index.Add(features[i]);
        }

        stopwatch.Stop();
        return (stopwatch.Elapsed.TotalMicroseconds / tail, (after - before) / (double)size, index.StoryCount,
            (index.PostingsRead - postings) / (double)tail, (index.CandidatesScored - candidates) / (double)tail,
            (GC.GetTotalPauseDuration() - pause).TotalMicroseconds / tail, GC.CollectionCount(2) - gen2);
    }

    private static List<StoryFeatures> Synthesize(List<Item> source, int n, Random random)
    {
        var features = new List<StoryFeatures>(n);
        for (var i = 0; i < n; i++)
        {
            var pick = source[random.Next(source.Count)].Features;
            var terms = pick.Terms.Where(_ => random.NextDouble() > 0.2).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            for (var u = 0; u < 3; u++)
            {
                terms["zz" + random.Next(n * 4).ToString(CultureInfo.InvariantCulture)] = 1;
            }

            var shift = random.Next(-1000, 1000);
            var date = (pick.EventDate ?? new DateOnly(2014, 1, 1)).AddDays(shift);
            var dates = pick.Dates.IsDefault ? [] : pick.Dates.Select(d => d.AddDays(shift)).ToImmutableArray();
            features.Add(pick with { ArticleId = i.ToString(CultureInfo.InvariantCulture), Terms = terms.ToImmutableDictionaryOrdinal(), EventDate = date, Dates = dates });
        }

        return features;
    }

    private static System.Collections.Immutable.ImmutableDictionary<string, float> ToImmutableDictionaryOrdinal(this Dictionary<string, float> terms) =>
        System.Collections.Immutable.ImmutableDictionary.ToImmutableDictionary(terms, StringComparer.Ordinal);
}
