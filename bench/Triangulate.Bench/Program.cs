using BenchmarkDotNet.Running;
using Triangulate.Bench;

// The evaluation harness: `dotnet run -c Release --project bench/Triangulate.Bench -- <suite> [--datasets DIR]`.
// Each suite prints its metric next to the published results for the same data.
var suites = new Dictionary<string, Func<string, string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["brief"] = BriefSuite.Run,
    ["counts"] = CountsSuite.Run,
    ["ner"] = NerSuite.Run,
    ["speed"] = SpeedSuite.Run,
    ["stories"] = StoriesSuite.Run,
    ["timex"] = TimexSuite.Run,
    ["extraction"] = ExtractionSuite.Run,
};

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine("usage: Triangulate.Bench <suite> [--datasets DIR] | micro [BenchmarkDotNet args]");
    Console.WriteLine("suites: " + string.Join(", ", suites.Keys.Order()));
    return 2;
}

if (args[0] == "micro")
{
    BenchmarkSwitcher.FromAssembly(typeof(Datasets).Assembly).Run(args[1..]);
    return 0;
}

if (!suites.TryGetValue(args[0], out var suite))
{
    Console.Error.WriteLine($"bench: unknown suite '{args[0]}'");
    return 2;
}

var datasetIndex = Array.IndexOf(args, "--datasets");
var datasets = Datasets.Locate(datasetIndex >= 0 && datasetIndex + 1 < args.Length ? args[datasetIndex + 1] : null);
if (datasets is null)
{
    Console.Error.WriteLine("bench: ../shared/datasets not found; pass --datasets DIR");
    return 2;
}

return suite(datasets, args[1..]);
