using System.Diagnostics;
using System.Globalization;
using System.Text;
using Triangulate.Annotate;
using Triangulate.Annotate.Ner;
using Triangulate.Extract;

namespace Triangulate.Bench;

/// <summary>
/// The <c>ner</c> suite: the shipped entity tagger on CoNLL-2003 dev (conlleval: exact span and type), and the
/// throughput of the whole annotation pipeline on ~500-word articles built from dev sentences.
/// </summary>
internal static class NerSuite
{
    public static int Run(string datasets, string[] args)
    {
        var devPath = Path.Combine(datasets, "conll2003", "dev.txt");
        if (!File.Exists(devPath))
        {
            Console.Error.WriteLine($"bench: {devPath} not found");
            return 2;
        }

        var documents = ConllCorpus.ReadDocuments(devPath);
        var model = NerModel.Default;
        var score = new SpanScore();
        var decoder = new NerDecoder();
        var clock = Stopwatch.StartNew();
        var tokens = 0;
        foreach (var document in documents)
        {
            tokens += decoder.TagDocument(document, model, score);
        }

        clock.Stop();
        Console.WriteLine($"CoNLL-2003 dev: {documents.Sum(d => d.Count)} sentences, {tokens} tokens; model {model.FeatureCount} features");
        Console.WriteLine("type    precision  recall     F1   gold");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            Print(type.Label(), score.Of(type));
        }

        Print("overall", score.Of(null));
        Console.WriteLine("published (CoNLL-2003 test F1): Stanford CRF ~0.869, BERT ~0.924; target here: dev F1 >= 0.88");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev tagging, first pass (includes model load and JIT): {tokens / clock.Elapsed.TotalSeconds:N0} tokens/s"));

        Throughput(documents.SelectMany(d => d).ToList(), args);
        return 0;
    }

    private static void Print(string label, (double Precision, double Recall, double F1, int Gold) s) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-7} {s.Precision,9:F4} {s.Recall,7:F4} {s.F1,6:F4} {s.Gold,6}"));

    /// <summary>Whole pipeline (sentences, tokens, entities, canonical names) on one thread.</summary>
    private static void Throughput(List<ConllSentence> sentences, string[] args)
    {
        var articles = BuildArticles(sentences, wordsPerArticle: 500);
        var annotator = Annotators.Default;
        // Warm up for a second, so that tiered compilation has optimised the hot code before timing.
        var warmup = Stopwatch.StartNew();
        for (var i = 0; warmup.Elapsed.TotalSeconds < 1; i++)
        {
            annotator.Annotate(articles[i % articles.Count], CancellationToken.None);
        }

        var seconds = args.Contains("--quick") ? 1.0 : 5.0;
        var countIndex = Array.IndexOf(args, "--articles");
        var fixedCount = countIndex >= 0 && countIndex + 1 < args.Length ? int.Parse(args[countIndex + 1], CultureInfo.InvariantCulture) : 0;
        var bytes = 0L;
        var count = 0;
        var entities = 0;
        var process = Process.GetCurrentProcess();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        while (fixedCount > 0 ? count < fixedCount : clock.Elapsed.TotalSeconds < seconds)
        {
            var article = articles[count % articles.Count];
            entities += annotator.Annotate(article, CancellationToken.None).Entities.Length;
            bytes += Encoding.UTF8.GetByteCount(article.Body);
            count++;
        }

        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuStart).TotalSeconds;
        var wall = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"annotation throughput (1 thread, {articles.Count} distinct ~500-word articles, {entities / (double)count:F1} entities/article; target >= 1,000 articles/s):"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  wall clock: {count / wall:N0} articles/s, {bytes / 1e6 / wall:F2} MB/s; per CPU-second (fair on a shared machine): {count / cpu:N0} articles/s, {bytes / 1e6 / cpu:F2} MB/s"));
    }

    /// <summary>Articles of about <paramref name="wordsPerArticle"/> words, dev sentences joined into paragraphs of five.</summary>
    private static List<Article> BuildArticles(List<ConllSentence> sentences, int wordsPerArticle)
    {
        var articles = new List<Article>();
        var paragraphs = new List<string>();
        var paragraph = new StringBuilder();
        var words = 0;
        var inParagraph = 0;
        foreach (var sentence in sentences)
        {
            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(sentence.Text);
            words += sentence.Tokens.Length;
            if (++inParagraph == 5)
            {
                paragraphs.Add(paragraph.ToString());
                paragraph.Clear();
                inParagraph = 0;
            }

            if (words >= wordsPerArticle)
            {
                if (paragraph.Length > 0)
                {
                    paragraphs.Add(paragraph.ToString());
                    paragraph.Clear();
                    inParagraph = 0;
                }

                var (body, spans) = Article.Join(paragraphs);
                articles.Add(new Article { Id = "dev-" + articles.Count, Source = "conll2003/dev.txt", Body = body, Paragraphs = spans });
                paragraphs.Clear();
                words = 0;
            }
        }

        return articles;
    }
}
