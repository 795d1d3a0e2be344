using System.Collections.Concurrent;

namespace Triangulate.Text;

/// <summary>
/// Reads the data files embedded under src/Triangulate/Resources: one entry a line, blank lines and
/// lines starting with <c>#</c> ignored, tab-separated columns. Each file is read once per process.
/// </summary>
internal static class Lexicon
{
    private static readonly ConcurrentDictionary<string, string[][]> Cache = new(StringComparer.Ordinal);

    /// <summary>The rows of <paramref name="path"/> (relative to Resources, with '/'), each split on tabs.</summary>
    public static IReadOnlyList<string[]> Rows(string path) => Cache.GetOrAdd(path, Load);

    /// <summary>The first column of every row.</summary>
    public static IEnumerable<string> Entries(string path) => Rows(path).Select(r => r[0]);

    private static string[][] Load(string path)
    {
        var assembly = typeof(Lexicon).Assembly;
        // The csproj names each resource after its path below Resources, folders kept with '/'.
        using var stream = assembly.GetManifestResourceStream("Triangulate.Resources." + path)
            ?? throw new InvalidOperationException($"embedded lexicon '{path}' is missing from the build");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            rows.Add(trimmed.Split('\t', StringSplitOptions.TrimEntries));
        }

        return [.. rows];
    }
}
