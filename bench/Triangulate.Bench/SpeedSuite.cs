using System.Diagnostics;
using Triangulate.Annotate;
using Triangulate.Extract;
using Triangulate.Extract.PlainText;
using Triangulate.Pipeline;

namespace Triangulate.Bench;

/// <summary>
/// Throughput on one thread: the whole language layer on 500-word articles (built from gva/ texts), each
/// layer's share, and analyze end to end (ingest to JSON-ready result) on the whole gva/ corpus.
/// </summary>
internal static class SpeedSuite
{
    private const int WordsPerArticle = 500;

    public static int Run(string datasets, string[] args)
    {
        var corpus = Path.Combine(datasets, "gva", "articles.jsonl");
        if (BenchArgs.Has(args, "--rules"))
        {
            return Rules(corpus);
        }

        if (BenchArgs.Has(args, "--big-story"))
        {
            return BigStory(corpus);
        }

        if (BenchArgs.Has(args, "--extraction"))
        {
            // Extraction alone, five times: the first run includes loading the rules and the JIT.
            for (var run = 0; run < 5; run++)
            {
                var alone = Stopwatch.StartNew();
                var count = TriangulateEngine.Create(parallelism: 1).Extract([corpus]).Count();
                Console.WriteLine($"ingest and extraction alone, gva/, 1 thread, run {run + 1}: {count} inputs in {alone.Elapsed.TotalSeconds:0.00} s ({count / alone.Elapsed.TotalSeconds:0} per second)");
            }

            return 0;
        }

        if (!BenchArgs.Has(args, "--end-to-end"))
        {
            var source = TriangulateEngine.Create(parallelism: 1).Extract([corpus]).Select(o => o.Article).OfType<Article>().ToList();
            var articles = Build500WordArticles(source, count: 1000);
            var megabytes = articles.Sum(a => a.Body.Length) * 2 / 1e6;
            Console.WriteLine($"annotation, one thread, {articles.Count} articles of ~{WordsPerArticle} words ({megabytes / 2:0.0} M chars), after a warm-up pass:");
            var entitiesOnly = Annotators.Default;
            var layered = new LayeredAnnotator(entitiesOnly);
            Time("sentences, tokens, entities", articles, a => entitiesOnly.Annotate(a, CancellationToken.None), megabytes);
            Time("whole layer (+ times, figures, quotes, attributions)", articles, a => layered.Annotate(a, CancellationToken.None), megabytes);
            Console.WriteLine("  targets: >= 1,000 articles/s for entities (issue 3); >= 500 articles/s for the whole layer (issue 4)");
            Layers(articles, entitiesOnly);
            Console.WriteLine();
        }

        var extraction = Stopwatch.StartNew();
        var extracted = TriangulateEngine.Create(parallelism: 1).Extract([corpus]).Count();
        Console.WriteLine($"ingest and extraction alone, gva/, 1 thread: {extracted} inputs in {extraction.Elapsed.TotalSeconds:0.00} s ({extracted / extraction.Elapsed.TotalSeconds:0} per second)");
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            var engine = TriangulateEngine.Create(parallelism: threads);
            var (gen0, gen1, gen2, paused, allocated) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            // Reading and clustering overlap (Analyze takes articles as Read yields them), so the stages are timed apart below.
            var result = engine.Analyze(engine.Read([corpus]));
            var analyzed = stopwatch.Elapsed;
            using (var json = new System.Text.Json.Utf8JsonWriter(Stream.Null))
            {
                Triangulate.Render.AnalysisJson.Write(json, result);
            }

            stopwatch.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"analyze gva/ end to end (ingest to JSON), {threads} thread(s): {result.Articles.Length} articles, {result.Stories.Length} stories in {stopwatch.Elapsed.TotalSeconds:0.0} s = {result.Articles.Length / stopwatch.Elapsed.TotalSeconds:0} articles/s ({cpuSeconds:0.0} CPU-seconds); peak working set {peak:0} MB");
            Console.WriteLine($"  read, extract, annotate, cluster, find near-duplicates, cross-check {analyzed.TotalSeconds:0.00} s; JSON {(stopwatch.Elapsed - analyzed).TotalSeconds:0.00} s");
            Console.WriteLine($"  garbage collections: {GC.CollectionCount(0) - gen0} gen0, {GC.CollectionCount(1) - gen1} gen1, {GC.CollectionCount(2) - gen2} gen2, paused {(GC.GetTotalPauseDuration() - paused).TotalSeconds:0.00} s; {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:0.00} GB allocated");
            if (threads == 1)
            {
                // The stages after annotation one by one, on the same articles.
                var annotated = result.Articles.ToList();
                var stage = Stopwatch.StartNew();
                var duplicates = new Triangulate.Stories.NearDuplicateDetector().Detect([.. annotated.Select(a => a.Article)]);
                var detect = stage.Elapsed;
                stage.Restart();
                annotated.ForEach(a => Triangulate.Stories.StoryFeatures.From(a));
                var featuresTime = stage.Elapsed;
                stage.Restart();
                var (stories, unified) = new Triangulate.Stories.StoryClusterer().Cluster(annotated, duplicates);
                var cluster = stage.Elapsed;
                var byId = unified.ToDictionary(a => a.Article.Id);
                foreach (var story in stories)
                {
                    Triangulate.Brief.BriefBuilder.Build(story, [.. story.Articles.Select(id => byId[id])]);
                }

                Console.WriteLine($"  of which near-duplicates {detect.TotalSeconds:0.00} s, stories {cluster.TotalSeconds:0.00} s (the articles' story features alone {featuresTime.TotalSeconds:0.00} s), cross-checking and briefs {(stage.Elapsed - cluster).TotalSeconds:0.00} s");
                stage.Restart();
                var claims = unified.ToDictionary(a => a.Article.Id, Triangulate.Claims.ClaimExtractor.Extract);
                var extract = stage.Elapsed;
                foreach (var story in stories)
                {
                    Triangulate.Verify.StoryChecker.Check(story, [.. story.Articles.Select(id => byId[id])], [.. story.Articles.Select(id => claims[id])]);
                }

                Console.WriteLine($"  of which claims {extract.TotalSeconds:0.00} s, checking {(stage.Elapsed - extract).TotalSeconds:0.00} s (the rest is the summary and timeline)");
            }
        }

        Console.WriteLine("  target (issue 6): >= 1,000 articles/s end to end on this machine");
        return 0;
    }

    /// <summary>
    /// The cost of each plain-text pattern, tried alone on every gva/ paragraph of at most 1,000 characters, with
    /// its prefilter (as the extractor runs it) and without; and a check that the prefilter never passes over a
    /// paragraph the pattern matches.
    /// </summary>
    private static int Rules(string corpus)
    {
        var rules = PlainTextRules.Default;
        var paragraphs = File.ReadLines(corpus)
            .Select(line =>
            {
                using var document = System.Text.Json.JsonDocument.Parse(line);
                return document.RootElement.GetProperty("content").GetString() ?? "";
            })
            .SelectMany(text => ParagraphSegmenter.Split(text, rules.Markdown))
            .Select(unit => unit.Text)
            .Where(text => text.Length is > 0 and <= 1_000)
            .ToList();
        var patterns = rules.Patterns.ToList();
        var costs = new List<(double Filtered, double Full, int Matches, bool Prefiltered, string Pattern)>();
        var disagreements = 0;
        foreach (var pattern in patterns)
        {
            paragraphs.Take(200).ToList().ForEach(p => PlainTextRules.Run(pattern, p));
            var matches = new bool[paragraphs.Count];
            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                matches[i] = PlainTextRules.Run(pattern, paragraphs[i]).Success;
            }

            var filtered = stopwatch.Elapsed;
            stopwatch.Restart();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (Full(pattern, paragraphs[i]) != matches[i])
                {
                    disagreements++;
                    Console.WriteLine($"  prefilter disagrees: /{pattern}/ on \"{paragraphs[i]}\"");
                }
            }

            costs.Add((filtered.TotalMilliseconds, stopwatch.Elapsed.TotalMilliseconds, matches.Count(m => m), PatternPrefilter.IsRegistered(pattern), pattern.ToString()));
        }

        Console.WriteLine($"{patterns.Count} plain-text patterns ({costs.Count(c => c.Prefiltered)} with a prefilter) on {paragraphs.Count} gva/ paragraphs of at most 1,000 chars:");
        Console.WriteLine($"  {costs.Sum(c => c.Filtered):0} ms as the extractor runs them, {costs.Sum(c => c.Full):0} ms without the prefilters; paragraphs where the two disagree: {disagreements} (must be 0)");
        Console.WriteLine("  the costliest, with the prefilter / without:");
        foreach (var (filteredMs, fullMs, count, prefiltered, pattern) in costs.OrderByDescending(c => c.Filtered).Take(15))
        {
            Console.WriteLine($"  {filteredMs,7:0.0} / {fullMs,7:0.0} ms {count,6} matches {(prefiltered ? "filtered" : "        ")}  {pattern[..Math.Min(pattern.Length, 90)]}");
        }

        return disagreements == 0 ? 0 : 1;

        static bool Full(System.Text.RegularExpressions.Regex pattern, string text)
        {
            try
            {
                return pattern.IsMatch(text);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                return false;
            }
        }
    }

    /// <summary>
    /// The quote and assertion checkers on one story made of every gva/ article: how they scale when a story is
    /// thousands of articles.
    /// </summary>
    private static int BigStory(string corpus)
    {
        var engine = TriangulateEngine.Create(parallelism: Environment.ProcessorCount);
        var claims = engine.Read([corpus])
            .Select(o => o.Annotated).OfType<Annotated>()
            .Select(Triangulate.Claims.ClaimExtractor.Extract)
            .ToList();
        var none = new Dictionary<string, string>();
        var stopwatch = Stopwatch.StartNew();
        var quotes = Triangulate.Verify.QuoteChecker.Check(claims, none);
        var quoteTime = stopwatch.Elapsed;
        stopwatch.Restart();
        var assertions = Triangulate.Verify.AssertionChecker.Check(claims, none);
        Console.WriteLine($"one story of {claims.Count} gva/ articles: {claims.Sum(c => c.Quotes.Length)} quotes into {quotes.Length} groups (the largest {quotes.Max(q => q.Reports.Length)}) in {quoteTime.TotalMilliseconds:0} ms; {claims.Sum(c => c.Assertions.Length)} assertions into {assertions.Length} groups in {stopwatch.Elapsed.TotalMilliseconds:0} ms");
        return 0;
    }

    /// <summary>Each layer after the entities alone, on the same articles (its share of the whole layer's time).</summary>
    private static void Layers(List<Article> articles, IAnnotator entities)
    {
        var annotated = articles.Select(a => entities.Annotate(a, CancellationToken.None)).ToList();
        var quantities = new Triangulate.Annotate.Quantities.QuantityRecognizer();
        var quotes = new Triangulate.Annotate.Quotes.QuoteRecognizer();
        var attributions = new Triangulate.Annotate.Attributions.AttributionRecognizer();
        var times = new Triangulate.Annotate.Times.TimeExpressionRecognizer();
        var layers = new (string Name, Action<Annotated> Run)[]
        {
            ("figures", a => { foreach (var s in a.Sentences) { quantities.Recognize(a.Article.Body, s.Start, s.End); } }),
            ("quotes", a => quotes.Recognize(a.Article)),
            ("attributions", a => attributions.Recognize(a.Article.Body)),
            ("times", a => times.Recognize(a.Article.Body, a.Article.Published?.Date)),
        };
        foreach (var (name, run) in layers)
        {
            annotated.Take(100).ToList().ForEach(run);
            var stopwatch = Stopwatch.StartNew();
            annotated.ForEach(run);
            Console.WriteLine($"    {name,-14} {stopwatch.Elapsed.TotalMilliseconds / annotated.Count:0.000} ms per article");
        }
    }

    private static void Time(string name, List<Article> articles, Func<Article, Annotated> annotate, double megabytes)
    {
        foreach (var article in articles.Take(200))
        {
            annotate(article);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            annotate(article);
        }

        stopwatch.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"  {name,-52} {articles.Count / stopwatch.Elapsed.TotalSeconds,7:0} articles/s wall, {articles.Count / cpuSeconds,7:0} per CPU-second, {megabytes / 2 / stopwatch.Elapsed.TotalSeconds,5:0.0} M chars/s");
    }

    /// <summary>Articles of about 500 words each, made by joining consecutive gva/ bodies paragraph by paragraph.</summary>
    private static List<Article> Build500WordArticles(List<Article> source, int count)
    {
        var result = new List<Article>(count);
        var paragraphs = source.SelectMany(a => a.Paragraphs.Select(p => a.Body.Substring(p.Start, p.Length))).ToList();
        var next = 0;
        while (result.Count < count)
        {
            var chosen = new List<string>();
            var words = 0;
            while (words < WordsPerArticle)
            {
                var paragraph = paragraphs[next++ % paragraphs.Count];
                chosen.Add(paragraph);
                words += paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            }

            var (body, spans) = Article.Join(chosen);
            result.Add(new Article { Id = $"speed-{result.Count}", Source = "speed", Body = body, Paragraphs = spans, Published = source[result.Count % source.Count].Published });
        }

        return result;
    }
}
