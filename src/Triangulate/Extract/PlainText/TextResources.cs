using System.Collections.Concurrent;
using Triangulate.Lexical;

namespace Triangulate.Extract.PlainText;

/// <summary>Reads the data files embedded under Resources/text, each once: trimmed lines without blanks or <c>#</c> comments.</summary>
internal static class TextResources
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<string>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The meaningful lines of the embedded file <paramref name="name"/> (e.g. <c>furniture.rules</c>).</summary>
    public static IReadOnlyList<string> Lines(string name) =>
        Cache.GetOrAdd(name, static n => new Lazy<IReadOnlyList<string>>(() => Load(n))).Value;

    private static string[] Load(string name) => [.. Resource.Lines("text/" + name)];
}
