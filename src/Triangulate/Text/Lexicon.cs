using System.Collections.Concurrent;

namespace Triangulate.Lexical;

/// <summary>
/// Tab-separated lexicons under src/Triangulate/Resources: one entry a line, columns split on tabs,
/// read through <see cref="Resource"/> once per process.
/// </summary>
internal static class Lexicon
{
    private static readonly ConcurrentDictionary<string, string[][]> Cache = new(StringComparer.Ordinal);

    /// <summary>The rows of <paramref name="path"/> (relative to Resources, with '/'), each split on tabs.</summary>
    public static IReadOnlyList<string[]> Rows(string path) =>
        Cache.GetOrAdd(path, p => [.. Resource.Lines(p).Select(line => line.Split('\t', StringSplitOptions.TrimEntries))]);

    /// <summary>The words of one class in a word-class file (<c>class&lt;TAB&gt;word word ...</c>), in file order.</summary>
    public static string[] Words(string path, string wordClass) =>
        Rows(path).FirstOrDefault(r => r[0] == wordClass) is { Length: > 1 } row
            ? row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : throw new InvalidOperationException($"word class '{wordClass}' is missing from {path}");

    /// <summary>The first column of every row.</summary>
    public static IEnumerable<string> Entries(string path) => Rows(path).Select(r => r[0]);
}
