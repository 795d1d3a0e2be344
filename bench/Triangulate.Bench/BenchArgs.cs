using System.Globalization;

namespace Triangulate.Bench;

/// <summary>Reads a suite's options: <c>--name value</c> and bare <c>--flag</c>.</summary>
internal static class BenchArgs
{
    public static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    public static int? Int(string[] args, string name) =>
        Value(args, name) is { } value && int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static bool Has(string[] args, string name) => Array.IndexOf(args, name) >= 0;
}
