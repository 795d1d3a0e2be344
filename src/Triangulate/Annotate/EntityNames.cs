using System.Text;

namespace Triangulate.Annotate;

/// <summary>Matching keys for names of organisations, places and other entities.</summary>
internal static class EntityNames
{
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "and", "for", "de", "du", "des", "la", "le", "&" };

    /// <summary>The name upper-cased with only letters and digits, without a leading "the" ("U.S." and "US" share "US").</summary>
    public static string Key(string text)
    {
        var trimmed = text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? text[4..] : text;
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>The initials of a name of two or more capitalised words, skipping function words ("United Nations" gives "UN").</summary>
    public static string Initials(string text)
    {
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(words.Length);
        foreach (var word in words)
        {
            if (FunctionWords.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]))
            {
                return string.Empty;
            }

            builder.Append(word[0]);
        }

        return builder.Length >= 2 ? builder.ToString() : string.Empty;
    }

    /// <summary>True when two names, given their keys and initials, name the same entity.</summary>
    public static bool SameEntity(string keyA, string initialsA, string keyB, string initialsB) =>
        keyA.Length > 0 && keyA == keyB
        || initialsA.Length > 0 && initialsA == keyB
        || initialsB.Length > 0 && initialsB == keyA;
}
