using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Triangulate.Annotate.Times;

namespace Triangulate.Bench;

/// <summary>
/// The `timex` suite: TempEval-3 time expression scores (strict and relaxed spans, value and type)
/// on the TempEval-3 training corpus, against the document creation time, next to HeidelTime's.
/// </summary>
internal static partial class TimexSuite
{
    private static readonly string[] Corpora = ["TimeBank", "AQUAINT"];

    public static int Run(string datasets, string[] args)
    {
        var root = Path.Combine(datasets, "tempeval3", "train");
        if (!Directory.Exists(root))
        {
            Console.Error.WriteLine($"timex: {root} not found");
            return 2;
        }

        var missesAt = Array.IndexOf(args, "--misses");
        var misses = missesAt >= 0 && missesAt + 1 < args.Length ? int.Parse(args[missesAt + 1], CultureInfo.InvariantCulture) : 0;
        var recognizer = new TimeExpressionRecognizer();
        var total = new Score();
        var samples = new List<(string Kind, string Line)>();
        var documents = new List<Document>();
        foreach (var corpus in Corpora)
        {
            var score = new Score();
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, corpus), "*.tml").Order(StringComparer.Ordinal))
            {
                var document = Document.Read(file);
                documents.Add(document);
                var found = recognizer.Recognize(document.Text, document.Created);
                score.Add(document, found, samples);
            }

            score.Print(corpus);
            total.Merge(score);
        }

        total.Print("all");
        Console.WriteLine("published (TempEval-3 test, HeidelTime): relaxed F1 0.903, strict F1 0.813, value F1 0.776");
        Console.WriteLine("targets: relaxed F1 >= 0.88, value F1 >= 0.78");
        Throughput(recognizer, documents);

        if (misses > 0)
        {
            foreach (var group in samples.GroupBy(s => s.Kind))
            {
                Console.WriteLine();
                Console.WriteLine($"{group.Key} ({group.Count()}):");
                var step = Math.Max(1, group.Count() / misses);
                foreach (var sample in group.Where((_, i) => i % step == 0).Take(misses))
                {
                    Console.WriteLine("  " + sample.Line);
                }
            }
        }

        return 0;
    }

    private static void Throughput(TimeExpressionRecognizer recognizer, List<Document> documents)
    {
        var words = documents.Sum(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var articles = words / 500.0;
        var lexicon = TimeLexicon.Shared;
        var tokens = new List<TimeToken>();
        void Recognize()
        {
            foreach (var document in documents)
            {
                recognizer.Recognize(document.Text, document.Created);
            }
        }

        void Tokenize()
        {
            foreach (var document in documents)
            {
                tokens.Clear();
                TimeToken.Tokenize(document.Text, lexicon, tokens);
            }
        }

        for (var warm = 0; warm < 5; warm++)
        {
            Recognize();
            Tokenize();
        }

        // The best of several trials: on a shared machine the slower ones measure the neighbours.
        var (wall, cpu) = Best(Recognize, trials: 7, articles);
        var (tokenizeWall, tokenizeCpu) = Best(Tokenize, trials: 7, articles);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"throughput: {wall:0.000} ms wall, {cpu:0.000} ms CPU per 500-word article ({1000 / wall:0} articles/s, one thread; budget 0.5 ms); its tokenizing alone {tokenizeWall:0.000} ms wall, {tokenizeCpu:0.000} ms CPU"));
    }

    private static (double Wall, double Cpu) Best(Action pass, int trials, double articles)
    {
        var process = Process.GetCurrentProcess();
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        for (var trial = 0; trial < trials; trial++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var round = 0; round < 3; round++)
            {
                pass();
            }

            clock.Stop();
            process.Refresh();
            bestWall = Math.Min(bestWall, clock.Elapsed.TotalMilliseconds / (3 * articles));
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / (3 * articles));
        }

        return (bestWall, bestCpu);
    }

    [GeneratedRegex("""(\w+)="([^"]*)"?""")]
    private static partial Regex Attribute();

    private sealed record Gold(int Start, int Length, string Type, string Value);

    private sealed record Document(string Name, string Text, DateOnly? Created, List<Gold> Gold)
    {
        public static Document Read(string path)
        {
            var xml = File.ReadAllText(path);
            DateOnly? created = null;
            var dct = xml.IndexOf("<DCT>", StringComparison.Ordinal);
            if (dct >= 0)
            {
                var tagEnd = xml.IndexOf('>', dct + 5);
                var attributes = Attributes(xml[(dct + 5)..tagEnd]);
                if (attributes.TryGetValue("value", out var value) && value.Length >= 10
                    && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    created = date;
                }
            }

            var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal) + "<TEXT>".Length;
            var end = xml.IndexOf("</TEXT>", start, StringComparison.Ordinal);
            var text = new StringBuilder();
            var gold = new List<Gold>();
            var open = new Stack<(int Start, Dictionary<string, string> Attributes)>();
            for (var i = start; i < end; i++)
            {
                var c = xml[i];
                if (c == '<')
                {
                    var close = xml.IndexOf('>', i);
                    var tag = xml[(i + 1)..close];
                    if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                    {
                        open.Push((text.Length, Attributes(tag)));
                    }
                    else if (tag.StartsWith("/TIMEX3", StringComparison.Ordinal) && open.Count > 0)
                    {
                        var (at, attributes) = open.Pop();
                        gold.Add(new Gold(at, text.Length - at, attributes.GetValueOrDefault("type", ""), attributes.GetValueOrDefault("value", "")));
                    }

                    i = close;
                }
                else if (c == '&')
                {
                    var semi = xml.IndexOf(';', i);
                    text.Append(xml[(i + 1)..semi] switch
                    {
                        "amp" => '&',
                        "lt" => '<',
                        "gt" => '>',
                        "quot" => '"',
                        "apos" => '\'',
                        _ => '?',
                    });
                    i = semi;
                }
                else
                {
                    text.Append(c);
                }
            }

            return new Document(Path.GetFileName(path), text.ToString(), created, gold);
        }

        private static Dictionary<string, string> Attributes(string tag)
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match match in Attribute().Matches(tag))
            {
                attributes[match.Groups[1].Value] = match.Groups[2].Value;
            }

            return attributes;
        }
    }

    private sealed class Score
    {
        private int _gold;
        private int _system;
        private int _strict;
        private int _relaxed;
        private int _value;
        private int _type;

        public void Add(Document document, IReadOnlyList<TimeExpression> found, List<(string Kind, string Line)> samples)
        {
            _gold += document.Gold.Count;
            _system += found.Count;
            var used = new bool[found.Count];
            foreach (var gold in document.Gold)
            {
                var match = -1;
                for (var s = 0; s < found.Count; s++)
                {
                    if (!used[s] && found[s].Start < gold.Start + gold.Length && gold.Start < found[s].End)
                    {
                        match = s;
                        break;
                    }
                }

                var goldText = Clean(document.Text.Substring(gold.Start, gold.Length));
                if (match < 0)
                {
                    samples.Add(("missed", $"{document.Name}: [{goldText}] {gold.Type} {gold.Value}  | {Context(document.Text, gold.Start, gold.Length)}"));
                    continue;
                }

                used[match] = true;
                var system = found[match];
                _relaxed++;
                if (system.Start == gold.Start && system.Length == gold.Length)
                {
                    _strict++;
                }
                else
                {
                    samples.Add(("span", $"{document.Name}: gold [{goldText}] system [{Clean(system.Text)}]"));
                }

                if (system.Value == gold.Value)
                {
                    _value++;
                }
                else
                {
                    samples.Add(("value", $"{document.Name}: [{Clean(system.Text)}] gold {gold.Value} system {system.Value} (DCT {document.Created:yyyy-MM-dd})  | {Context(document.Text, system.Start, system.Length, 70)}"));
                }

                if (string.Equals(system.Type.ToString(), gold.Type, StringComparison.OrdinalIgnoreCase))
                {
                    _type++;
                }
                else
                {
                    samples.Add(("type", $"{document.Name}: [{Clean(system.Text)}] gold {gold.Type} system {system.Type.ToString().ToUpperInvariant()}"));
                }
            }

            for (var s = 0; s < found.Count; s++)
            {
                if (!used[s])
                {
                    samples.Add(("spurious", $"{document.Name}: [{Clean(found[s].Text)}] {found[s].Type} {found[s].Value}  | {Context(document.Text, found[s].Start, found[s].Length)}"));
                }
            }
        }

        public void Merge(Score other)
        {
            _gold += other._gold;
            _system += other._system;
            _strict += other._strict;
            _relaxed += other._relaxed;
            _value += other._value;
            _type += other._type;
        }

        public void Print(string name)
        {
            string F(int correct)
            {
                var p = _system == 0 ? 0 : correct / (double)_system;
                var r = _gold == 0 ? 0 : correct / (double)_gold;
                var f = p + r == 0 ? 0 : 2 * p * r / (p + r);
                return string.Create(CultureInfo.InvariantCulture, $"P {p:0.000} R {r:0.000} F1 {f:0.000}");
            }

            Console.WriteLine($"{name,-9} gold {_gold,5} system {_system,5}");
            Console.WriteLine($"  strict   {F(_strict)}");
            Console.WriteLine($"  relaxed  {F(_relaxed)}");
            Console.WriteLine($"  value    {F(_value)}");
            Console.WriteLine($"  type     {F(_type)}");
        }

        private static string Clean(string text) => text.Replace('\n', ' ');

        private static string Context(string text, int start, int length, int width = 40)
        {
            var from = Math.Max(0, start - width);
            var to = Math.Min(text.Length, start + length + width);
            return Clean(text[from..start] + "[" + text.Substring(start, length) + "]" + text[(start + length)..to]);
        }
    }
}
