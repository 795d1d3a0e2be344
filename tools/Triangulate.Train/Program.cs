using System.Diagnostics;
using System.Globalization;
using Triangulate.Annotate.Ner;
using Triangulate.Train;

// Trains the models the engine ships:
// dotnet run -c Release --project tools/Triangulate.Train -- ner --train TRAIN --dev DEV --out src/Triangulate/Resources/models/ner.bin
if (args.Length == 0 || args[0] != "ner")
{
    Console.Error.WriteLine("usage: Triangulate.Train ner --train FILE --dev FILE --out FILE [--epochs N] [--prune X] [--augment RATE] [--seed N] [--runs N] [--keep X]");
    return 2;
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

var trainPath = Option("--train");
var devPath = Option("--dev");
var outPath = Option("--out");
if (trainPath is null || devPath is null || outPath is null)
{
    Console.Error.WriteLine("train: --train, --dev and --out are required");
    return 2;
}

var epochs = int.Parse(Option("--epochs") ?? "12", CultureInfo.InvariantCulture);
var prune = float.Parse(Option("--prune") ?? "0.002", CultureInfo.InvariantCulture);
var train = ConllCorpus.ReadDocuments(trainPath);
var augment = double.Parse(Option("--augment") ?? "0.3", CultureInfo.InvariantCulture);
var dev = ConllCorpus.ReadDocuments(devPath);
Console.WriteLine($"train: {train.Count} documents, {train.Sum(d => d.Count)} sentences; dev: {dev.Count} documents");

var clock = Stopwatch.StartNew();
var vocabulary = NerTrainer.Vocabulary(train, minimum: 2);
Console.WriteLine($"lower-case vocabulary: {vocabulary.Count} words");
var seed = int.Parse(Option("--seed") ?? "13", CultureInfo.InvariantCulture);
var runs = int.Parse(Option("--runs") ?? "3", CultureInfo.InvariantCulture);
if (augment > 0)
{
    var extra = NerTrainer.Augment(train, augment, seed: 7);
    Console.WriteLine($"augmented: {extra.Count} sentences starting at a name");
    train.AddRange(extra);
}

var decoder = new NerDecoder();
var models = new List<List<(ulong, float[])>>();
for (var run = 0; run < runs; run++)
{
    var weights = new AveragedWeights(vocabulary);
    var random = new Random(seed + run);
    var order = Enumerable.Range(0, train.Count).ToArray();
    var best = (F1: -1.0, Epoch: 0, Model: (List<(ulong, float[])>?)null);
    for (var epoch = 1; epoch <= epochs; epoch++)
    {
        random.Shuffle(order);
        foreach (var index in order)
        {
            NerTrainer.Run(decoder, train[index], weights, learn: true);
        }

        var averaged = weights.Averaged(prune);
        var (p, r, f1) = Evaluate(averaged);
        Console.WriteLine($"run {run + 1} epoch {epoch}: dev P {p:F4} R {r:F4} F1 {f1:F4}; {averaged.Count} features kept of {weights.FeatureCount}; {clock.Elapsed.TotalSeconds:F0}s");
        if (f1 > best.F1)
        {
            best = (f1, epoch, averaged);
        }
    }

    Console.WriteLine($"run {run + 1}: best epoch {best.Epoch}, dev F1 {best.F1:F4}");
    models.Add(best.Model!);
}

// Several runs over different shuffles, averaged: steadier than any one run.
var model = models.Count == 1 ? models[0] : NerTrainer.Mix(models);
var keep = float.Parse(Option("--keep") ?? "1", CultureInfo.InvariantCulture);
if (keep > 0)
{
    // A smaller model stays in cache: drop features whose every weight is below --keep.
    model = model.Where(f => f.Item2.Any(w => Math.Abs(w) >= keep)).ToList();
}

var final = Evaluate(model);
Console.WriteLine($"model of {models.Count} run(s): dev P {final.Precision:F4} R {final.Recall:F4} F1 {final.F1:F4}; {model.Count} features");

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
using (var file = File.Create(outPath))
{
    NerModel.Save(file, model, vocabulary);
}

Console.WriteLine($"wrote {outPath} ({new FileInfo(outPath).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F0}s");
return 0;

(double Precision, double Recall, double F1) Evaluate(List<(ulong, float[])> weights)
{
    var snapshot = NerModelSnapshot.From(weights, vocabulary);
    var score = new SpanScore();
    foreach (var document in dev)
    {
        NerTrainer.Run(decoder, document, snapshot, learn: false, score);
    }

    var (p, r, f1, _) = score.Of(null);
    return (p, r, f1);
}
