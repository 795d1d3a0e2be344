using System.Reflection;

namespace Triangulate.Lexical;

/// <summary>Reads the data files embedded under src/Triangulate/Resources.</summary>
internal static class Resource
{
    private static readonly Assembly Assembly = typeof(Resource).Assembly;

    /// <summary>Opens an embedded resource by its path under Resources (<c>text-lexicons/abbreviations.txt</c>).</summary>
    public static Stream Open(string relativePath)
    {
        var wanted = Normalize("Triangulate.Resources." + relativePath);
        foreach (var name in Assembly.GetManifestResourceNames())
        {
            if (Normalize(name) == wanted)
            {
                return Assembly.GetManifestResourceStream(name)!;
            }
        }

        throw new InvalidOperationException($"embedded resource {relativePath} is missing from the build");
    }

    /// <summary>True when the resource exists.</summary>
    public static bool Exists(string relativePath)
    {
        var wanted = Normalize("Triangulate.Resources." + relativePath);
        return Assembly.GetManifestResourceNames().Any(name => Normalize(name) == wanted);
    }

    /// <summary>The non-blank lines of a text resource, trimmed, without <c>#</c> comment lines.</summary>
    public static IEnumerable<string> Lines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    private static string Normalize(string name) => name.Replace('\\', '.').Replace('/', '.');
}
