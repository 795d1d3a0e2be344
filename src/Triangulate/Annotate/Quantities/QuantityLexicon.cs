using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Quantities;

/// <summary>The word lists the quantity recogniser reads, from the data files under Resources/quantities.</summary>
internal sealed class QuantityLexicon
{
    private static readonly Lazy<QuantityLexicon> Instance = new(() => new QuantityLexicon());

    private QuantityLexicon()
    {
        foreach (var row in Lexicon.Rows("quantities/number-words.tsv"))
        {
            var (word, value, kind) = (row[0], row[1], row[2]);
            switch (kind)
            {
                case "vague":
                    var dash = value.IndexOf('-', StringComparison.Ordinal);
                    Vague.Add((word.Split(' '), Parse(value[..dash]), Parse(value[(dash + 1)..])));
                    break;
                case "scale":
                    Scales[word] = Parse(value);
                    break;
                case "unit":
                    Units[word] = Parse(value);
                    break;
            }
        }

        Vague.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        HedgesBefore = LoadPhrases("quantities/hedges.tsv");
        HedgesAfter = LoadPhrases("quantities/hedges-after.tsv");
        Events = Lexicon.Rows("quantities/events.tsv").ToFrozenDictionary(r => r[0], r => r[1]);
        var singular = new Dictionary<string, string>();
        foreach (var row in Lexicon.Rows("quantities/person-nouns.tsv"))
        {
            singular.TryAdd(row[0], row[1]);
        }

        PersonSingular = singular.Keys.ToFrozenSet();
        PersonPlural = singular.Values.ToFrozenSet();
        UnitsAfter = [.. Lexicon.Rows("quantities/units.tsv").Select(r => (r[0].Split(' '), r[1])).OrderByDescending(u => u.Item1.Length)];
        NotCountsBefore = Lexicon.Rows("quantities/not-counts.tsv").ToFrozenDictionary(r => r[0], r => r[1]);
        StreetSuffixes = Lexicon.Entries("quantities/street-suffixes.tsv").ToFrozenSet();
        SurvivalCues = [.. Lexicon.Entries("quantities/survival-cues.tsv")];
    }

    public static QuantityLexicon Shared => Instance.Value;

    /// <summary>Number words with a plain value: "three", "twenty".</summary>
    public Dictionary<string, double> Units { get; } = [];

    /// <summary>Number words that multiply: "dozen", "million".</summary>
    public Dictionary<string, double> Scales { get; } = [];

    /// <summary>Vague amounts with bounds, longest phrase first: "tens of thousands", "hundreds".</summary>
    public List<(string[] Words, double Low, double High)> Vague { get; } = [];

    /// <summary>Hedge phrases before a number, longest first.</summary>
    public IReadOnlyList<(string[] Words, Hedge Hedge)> HedgesBefore { get; }

    /// <summary>Hedge phrases after a number, longest first.</summary>
    public IReadOnlyList<(string[] Words, Hedge Hedge)> HedgesAfter { get; }

    /// <summary>Event words: what happened to those counted.</summary>
    public FrozenDictionary<string, string> Events { get; }

    public FrozenSet<string> PersonSingular { get; }

    public FrozenSet<string> PersonPlural { get; }

    /// <summary>Words after a number that make it something other than a count ("percent", "year-old", "p.m."), longest first.</summary>
    public IReadOnlyList<(string[] Words, string Kind)> UnitsAfter { get; }

    /// <summary>Words before a number that make it a date, an age or a name ("Nov.", "aged", "Route").</summary>
    public FrozenDictionary<string, string> NotCountsBefore { get; }

    public FrozenSet<string> StreetSuffixes { get; }

    /// <summary>Phrases saying that people shot survived ("in stable condition").</summary>
    public IReadOnlyList<string> SurvivalCues { get; }

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static List<(string[] Words, Hedge Hedge)> LoadPhrases(string path) =>
        [.. Lexicon.Rows(path)
            .Select(r => (Words: r[0].Split(' '), Hedge: ParseHedge(r[1])))
            .OrderByDescending(h => h.Words.Length)];

    private static Hedge ParseHedge(string name) =>
        Enum.Parse<Hedge>(name.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
}
