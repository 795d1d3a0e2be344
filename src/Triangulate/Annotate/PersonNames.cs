namespace Triangulate.Annotate;

/// <summary>When two written forms of a person's name can be the same person.</summary>
internal static class PersonNames
{
    /// <summary>
    /// True when <paramref name="name"/> fits the known full name <paramref name="known"/>: a single word equal to
    /// its surname or first name, or a full name with the same surname and a first name that agrees (equal, or an
    /// initial of it), and middle names that do not contradict.
    /// </summary>
    public static bool Compatible(IReadOnlyList<string> known, IReadOnlyList<string> name)
    {
        if (known.Count == 0 || name.Count == 0)
        {
            return false;
        }

        if (name.Count == 1 || known.Count == 1)
        {
            var (single, full) = name.Count == 1 ? (name[0], known) : (known[0], name);
            return Same(single, full[^1]) || full.Count > 1 && Same(single, full[0]) || full.Count == 1 && Same(single, full[0]);
        }

        if (!Same(known[^1], name[^1]) || !Agree(known[0], name[0]))
        {
            return false;
        }

        // Middle names: "Mary J. Okafor" and "Mary Jane Okafor" agree; "John F. Kennedy" and "John E. Kennedy" do not.
        if (known.Count >= 3 && name.Count >= 3)
        {
            return Agree(known[1], name[1]);
        }

        return true;
    }

    private static bool Same(string a, string b) => string.Equals(a.TrimEnd('.'), b.TrimEnd('.'), StringComparison.OrdinalIgnoreCase);

    private static bool Agree(string a, string b)
    {
        if (Same(a, b))
        {
            return true;
        }

        var aInitial = a.Length <= 2 && a.TrimEnd('.').Length == 1;
        var bInitial = b.Length <= 2 && b.TrimEnd('.').Length == 1;
        return (aInitial || bInitial) && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0]);
    }
}
