using System.Collections.Concurrent;

namespace Triangulate.Extract.PlainText;

/// <summary>Reads the data files embedded under Resources/text, each once: trimmed lines without blanks or <c>#</c> comments.</summary>
internal static class TextResources
{
    private const string Folder = "Triangulate.Resources.text";

    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<string>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The meaningful lines of the embedded file <paramref name="name"/> (e.g. <c>furniture.rules</c>).</summary>
    public static IReadOnlyList<string> Lines(string name) =>
        Cache.GetOrAdd(name, static n => new Lazy<IReadOnlyList<string>>(() => Load(n))).Value;

    private static string[] Load(string name)
    {
        var assembly = typeof(TextResources).Assembly;

        // The build names resources after their folder with the platform's separator.
        var stream = assembly.GetManifestResourceStream(Folder + "/" + name)
            ?? assembly.GetManifestResourceStream(Folder + "\\" + name)
            ?? throw new InvalidOperationException($"embedded resource text/{name} is missing from {assembly.GetName().Name}");
        using (stream)
        using (var reader = new StreamReader(stream))
        {
            var lines = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                var trimmed = line.Trim();
                if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
                {
                    lines.Add(trimmed);
                }
            }

            return [.. lines];
        }
    }
}
