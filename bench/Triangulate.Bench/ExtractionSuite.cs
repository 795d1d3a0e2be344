using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Triangulate.Extract.Html;
using Triangulate.Ingest;

namespace Triangulate.Bench;

/// <summary>
/// The article-extraction benchmark: per-page precision, recall and F1 over word 4-gram shingles, averaged over
/// pages, next to the published results; then single-core throughput and peak memory.
/// Options: <c>--misses N</c> prints the N worst pages; <c>--show SHA</c> prints one page's extraction;
/// <c>--removed REASON</c> prints every text removed for that reason, marked when the expected body holds it;
/// <c>--metadata</c> prints each page's title, date, byline and publisher; <c>--extra</c> prints kept paragraphs the expected body lacks.
/// </summary>
internal static class ExtractionSuite
{
    private const int ShingleSize = 4;

    private const int TimedPasses = 5;

    private static readonly (string Name, double F1)[] Published =
    [
        ("Zyte AutoExtract", 0.970), ("rs_trafilatura", 0.970), ("trafilatura 2.0", 0.958), ("Diffbot", 0.951),
        ("Readability.js", 0.947), ("readability-lxml", 0.922), ("newspaper3k", 0.912), ("goose3", 0.896),
    ];

    public static int Run(string datasets, string[] args)
    {
        var folder = Path.Combine(datasets, "article-extraction");
        var truthPath = Path.Combine(folder, "ground-truth.json");
        if (!File.Exists(truthPath))
        {
            Console.Error.WriteLine($"bench: {truthPath} not found");
            return 2;
        }

        var misses = BenchArgs.Int(args, "--misses") ?? 0;
        var show = BenchArgs.Value(args, "--show");
        var removedReason = BenchArgs.Value(args, "--removed");
        var listMetadata = args.Contains("--metadata");
        var listExtra = args.Contains("--extra");
        var pages = Load(folder, truthPath);
        var extractor = new HtmlArticleExtractor();

        var scores = new List<(Page Page, double Precision, double Recall, double F1)>();
        int titles = 0, dates = 0, bylines = 0, publishers = 0, urls = 0;
        foreach (var page in pages)
        {
            var content = extractor.Extract(page.Html, CancellationToken.None);
            var predicted = string.Join("\n", content.Paragraphs);
            var (precision, recall, f1) = Score(page.Truth, predicted);
            scores.Add((page, precision, recall, f1));
            titles += content.Title is null ? 0 : 1;
            dates += Triangulate.Extract.PublicationDate.TryParse(content.Published, out _) ? 1 : 0;
            bylines += content.Byline is null ? 0 : 1;
            publishers += content.Publisher is null ? 0 : 1;
            urls += content.Url is null ? 0 : 1;
            if (listExtra)
            {
                var truthText = Normalize(page.Truth);
                foreach (var paragraph in content.Paragraphs.Where(p => !truthText.Contains(Normalize(p), StringComparison.Ordinal)))
                {
                    Console.WriteLine($"{page.Sha[..8]} EXTRA {Shorten(paragraph, 140)}");
                }
            }

            if (listMetadata)
            {
                Console.WriteLine($"{page.Sha[..8]}\t{content.Title}\t{content.Published}\t{content.Byline}\t{content.Publisher}");
            }

            if (removedReason is not null)
            {
                foreach (var removed in content.Removed.Where(r => r.Reason.ToString().Equals(removedReason, StringComparison.OrdinalIgnoreCase)))
                {
                    Console.WriteLine($"{page.Sha[..8]} {(page.Truth.Contains(removed.Text, StringComparison.Ordinal) ? "IN-TRUTH" : "-")} {Shorten(removed.Text, 140)}");
                }
            }

            if (show is not null && page.Sha.StartsWith(show, StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine($"== {page.Sha} {page.Url}");
                Console.WriteLine($"title: {content.Title}\npublished: {content.Published}\npublisher: {content.Publisher}\nbyline: {content.Byline}\nurl: {content.Url}");
                Console.WriteLine($"P {precision:0.000} R {recall:0.000} F1 {f1:0.000}");
                Console.WriteLine("-- extracted");
                foreach (var paragraph in content.Paragraphs)
                {
                    Console.WriteLine("| " + paragraph);
                }

                Console.WriteLine("-- removed");
                foreach (var removed in content.Removed)
                {
                    Console.WriteLine($"[{removed.Reason}] {Shorten(removed.Text, 160)}");
                }

                Console.WriteLine("-- expected");
                Console.WriteLine(page.Truth);
            }
        }

        var meanP = scores.Average(s => s.Precision);
        var meanR = scores.Average(s => s.Recall);
        var meanF = scores.Average(s => s.F1);
        Console.WriteLine($"article-extraction: {pages.Count} pages, word {ShingleSize}-gram shingles, averaged per page");
        Console.WriteLine($"{"system",-20} {"precision",9} {"recall",9} {"F1",9}");
        Console.WriteLine($"{"Triangulate",-20} {meanP,9:0.0000} {meanR,9:0.0000} {meanF,9:0.0000}");
        foreach (var (name, f1) in Published)
        {
            Console.WriteLine($"{name,-20} {"",9} {"",9} {f1,9:0.000}");
        }

        Console.WriteLine();
        Console.WriteLine($"metadata found (not scored; the benchmark has no labels for it): title {titles}, published date {dates}, byline {bylines}, publisher {publishers}, url {urls} of {pages.Count} pages");

        if (misses > 0)
        {
            Console.WriteLine();
            Console.WriteLine($"worst {misses} pages:");
            foreach (var s in scores.OrderBy(s => s.F1).Take(misses))
            {
                Console.WriteLine($"{s.F1:0.000} P {s.Precision:0.000} R {s.Recall:0.000} {s.Page.Sha[..12]} {s.Page.Url}");
            }
        }

        Throughput(pages, extractor);
        return 0;
    }

    private static void Throughput(List<Page> pages, HtmlArticleExtractor extractor)
    {
        // The scoring pass above warmed everything up. Each timed pass runs every page on this thread only;
        // the best of a few passes is reported, since on a shared machine the others measure the neighbours.
        var megabytes = pages.Sum(p => (long)p.Html.Length) / 1_000_000.0;
        using var process = Process.GetCurrentProcess();
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        long allocated = 0;
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            foreach (var page in pages)
            {
                extractor.Extract(page.Html, CancellationToken.None);
            }

            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            bestWall = Math.Min(bestWall, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"throughput (one thread, after warm-up, best of {TimedPasses} passes): {pages.Count / bestWall:0.0} pages/s, {megabytes / bestWall:0.00} MB/s of HTML ({megabytes:0.0} M chars in {bestWall:0.00} s wall)"));
        // Wall time includes waiting for a core on a busy machine; process CPU time (GC threads included) does not.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per CPU second (process CPU time {bestCpu:0.00} s): {pages.Count / bestCpu:0.0} pages/s, {megabytes / bestCpu:0.00} MB/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: peak working set {process.PeakWorkingSet64 / 1_048_576.0:0} MB, managed heap {GC.GetTotalMemory(false) / 1_048_576.0:0} MB, allocated {allocated / 1_048_576.0 / pages.Count:0.0} MB/page"));
    }

    /// <summary>Shingle precision, recall and F1 of one page; an empty prediction scores 0.</summary>
    internal static (double Precision, double Recall, double F1) Score(string truth, string predicted)
    {
        var expected = Shingles(truth);
        var actual = Shingles(predicted);
        if (actual.Count == 0 || expected.Count == 0)
        {
            return (0, 0, 0);
        }

        var common = actual.Count(expected.Contains);
        var precision = (double)common / actual.Count;
        var recall = (double)common / expected.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    /// <summary>Sets of consecutive word 4-tuples; words split on whitespace and punctuation, lowercased.</summary>
    internal static HashSet<string> Shingles(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        if (words.Count > 0 && words.Count < ShingleSize)
        {
            shingles.Add(string.Join(' ', words));
        }

        for (var i = 0; i + ShingleSize <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.GetRange(i, ShingleSize)));
        }

        return shingles;
    }

    private static List<Page> Load(string folder, string truthPath)
    {
        using var truthStream = File.OpenRead(truthPath);
        using var truth = JsonDocument.Parse(truthStream);
        var pages = new List<Page>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var path = Path.Combine(folder, "html", entry.Name + ".html.gz");
            if (!File.Exists(path))
            {
                continue;
            }

            using var file = File.OpenRead(path);
            using var gzip = new GZipStream(file, CompressionMode.Decompress);
            using var buffer = new MemoryStream();
            gzip.CopyTo(buffer);
            var html = TextDecoder.Decode(buffer.ToArray()).Text;
            var body = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            pages.Add(new Page(entry.Name, url, html, body));
        }

        return pages;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    private sealed record Page(string Sha, string Url, string Html, string Truth);
}
