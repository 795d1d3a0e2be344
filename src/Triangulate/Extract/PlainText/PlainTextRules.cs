using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Triangulate.Extract.PlainText;

/// <summary>The plain-text lexicons and patterns, read from the embedded data files and compiled once.</summary>
internal sealed class PlainTextRules
{
    /// <summary>How long one pattern may run on one line before it counts as no match (hostile input).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Lazy<PlainTextRules> Shared = new(Load);

    private static readonly Regex Placeholder = new(@"\{(?<name>[a-z]+)\}", RegexOptions.CultureInvariant);

    private PlainTextRules()
    {
    }

    /// <summary>The rules built from the embedded data files.</summary>
    public static PlainTextRules Default => Shared.Value;

    public ImmutableArray<LineRule> LineRules { get; private init; } = [];

    public ImmutableArray<LineRule> InlineRules { get; private init; } = [];

    public ImmutableArray<Regex> Published { get; private init; } = [];

    public ImmutableArray<Regex> Updated { get; private init; } = [];

    public ImmutableArray<Regex> DateOnly { get; private init; } = [];

    public ImmutableArray<Regex> Byline { get; private init; } = [];

    public ImmutableArray<Regex> Dateline { get; private init; } = [];

    public ImmutableArray<Regex> DatelineOnly { get; private init; } = [];

    public ImmutableArray<Regex> RunOn { get; private init; } = [];

    public ImmutableArray<Regex> Metadata { get; private init; } = [];

    public ImmutableArray<Regex> NotTitle { get; private init; } = [];

    /// <summary>Matches words of reported speech ("said", "according to"), which furniture does not use.</summary>
    public required Regex Attribution { get; init; }

    /// <summary>What may follow a date cut from the start of a head line.</summary>
    public required Regex AfterMetadata { get; init; }

    /// <summary>Splits a head line into metadata pieces.</summary>
    public required Regex Separator { get; init; }

    /// <summary>A full stop between two sentences, which a headline does not have.</summary>
    public required Regex SentenceBreak { get; init; }

    /// <summary>A dotted initialism ending a line.</summary>
    public required Regex Initialism { get; init; }

    /// <summary>The date rewrites of <c>dates.rules</c>, by kind.</summary>
    public required FrozenDictionary<string, Regex> Dates { get; init; }

    public required MarkdownRules Markdown { get; init; }

    /// <summary>The expanded named sub-patterns of <c>patterns.defs</c>, for date parsing.</summary>
    public required FrozenDictionary<string, string> Definitions { get; init; }

    /// <summary>Time-zone abbreviations and their offsets, from <c>timezones.txt</c>.</summary>
    public required FrozenDictionary<string, string> TimeZones { get; init; }

    /// <summary>Every pattern of the rules, for measuring them.</summary>
    public IEnumerable<Regex> Patterns =>
        LineRules.Concat(InlineRules).Select(r => r.Pattern)
            .Concat(Published).Concat(Updated).Concat(DateOnly).Concat(Byline).Concat(Dateline).Concat(DatelineOnly)
            .Concat(RunOn).Concat(Metadata).Concat(NotTitle).Concat(Dates.Values)
            .Append(Attribution).Append(AfterMetadata).Append(Separator).Append(SentenceBreak).Append(Initialism);

    /// <summary>
    /// Runs a pattern, treating a timeout as no match. A pattern is not run on a text its prefilter rules out (one
    /// lacking every word the pattern needs, or starting with a character it cannot begin with).
    /// </summary>
    public static Match Run(Regex regex, string text, int start = 0)
    {
        if (!PatternPrefilter.MayMatch(regex, text, start))
        {
            return Match.Empty;
        }

        try
        {
            return regex.Match(text, start);
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }

    /// <summary>Compiles a data-file pattern case-insensitively after expanding its <c>{name}</c> placeholders.</summary>
    public static Regex Compile(string pattern, IReadOnlyDictionary<string, string> definitions, RegexOptions options = Options) =>
        PatternPrefilter.Register(new Regex(Expand(pattern, definitions), options, MatchTimeout));

    private static PlainTextRules Load()
    {
        var definitions = LoadDefinitions();
        var head = LoadKinds("head.rules", definitions, Options);
        var shape = LoadKinds("shape.rules", definitions, RegexOptions.CultureInvariant);
        var dates = LoadKinds("dates.rules", definitions, Options);

        var lineRules = ImmutableArray.CreateBuilder<LineRule>();
        var inlineRules = ImmutableArray.CreateBuilder<LineRule>();
        foreach (var line in TextResources.Lines("furniture.rules"))
        {
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 3
                || !Enum.TryParse<RemovalReason>(parts[0], ignoreCase: false, out var reason)
                || !Enum.TryParse<RuleScope>(parts[1], ignoreCase: true, out var scope))
            {
                throw new InvalidOperationException($"bad line in furniture.rules: {line}");
            }

            // Inline rules scan every paragraph from every position: they are the hot ones, few enough to compile.
            var rule = new LineRule(reason, scope, Compile(parts[2], definitions, scope == RuleScope.Inline ? Options | RegexOptions.Compiled : Options));
            (scope == RuleScope.Inline ? inlineRules : lineRules).Add(rule);
        }

        var timeZones = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in TextResources.Lines("timezones.txt"))
        {
            var (abbreviation, offset) = SplitFirst(line);
            timeZones[abbreviation] = offset;
        }

        return new PlainTextRules
        {
            LineRules = lineRules.ToImmutable(),
            InlineRules = inlineRules.ToImmutable(),
            Published = Kind(head, "published"),
            Updated = Kind(head, "updated"),
            DateOnly = Kind(head, "dateonly"),
            Byline = Kind(head, "byline"),
            Dateline = Kind(head, "dateline"),
            DatelineOnly = Kind(head, "datelineonly"),
            RunOn = Kind(head, "runon"),
            Metadata = Kind(head, "metadata"),
            NotTitle = Kind(head, "notitle"),
            Attribution = Compile(@"\b(?:" + string.Join('|', TextResources.Lines("attribution.txt").Select(Regex.Escape)) + @")\b", definitions),
            AfterMetadata = Single(shape, "aftermetadata"),
            Separator = Single(shape, "separator"),
            SentenceBreak = Single(shape, "sentencebreak"),
            Initialism = Single(shape, "initialism"),
            Dates = dates.ToFrozenDictionary(k => k.Key, k => Single(dates, k.Key), StringComparer.Ordinal),
            Markdown = MarkdownRules.Load(),
            Definitions = definitions.ToFrozenDictionary(StringComparer.Ordinal),
            TimeZones = timeZones.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        };
    }

    private static Dictionary<string, string> LoadDefinitions()
    {
        var definitions = new Dictionary<string, string>(StringComparer.Ordinal);
        var agencies = TextResources.Lines("wire-agencies.txt")
            .OrderByDescending(a => a.Length)
            .Select(Regex.Escape);
        definitions["agencies"] = "(?:" + string.Join('|', agencies) + ")";
        foreach (var line in TextResources.Lines("patterns.defs"))
        {
            var equals = line.IndexOf(" = ", StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new InvalidOperationException($"bad line in patterns.defs: {line}");
            }

            definitions[line[..equals].Trim()] = Expand(line[(equals + 3)..].Trim(), definitions);
        }

        return definitions;
    }

    private static string Expand(string pattern, IReadOnlyDictionary<string, string> definitions) =>
        Placeholder.Replace(pattern, m => definitions.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidOperationException($"unknown pattern name {{{m.Groups["name"].Value}}} in: {pattern}"));

    private static (string Head, string Tail) SplitFirst(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space <= 0
            ? throw new InvalidOperationException($"bad rule line: {line}")
            : (line[..space], line[(space + 1)..].Trim());
    }

    /// <summary>Reads a <c>kind pattern</c> file into its patterns by kind.</summary>
    private static Dictionary<string, List<Regex>> LoadKinds(string file, IReadOnlyDictionary<string, string> definitions, RegexOptions options)
    {
        var kinds = new Dictionary<string, List<Regex>>(StringComparer.Ordinal);
        foreach (var line in TextResources.Lines(file))
        {
            var (kind, pattern) = SplitFirst(line);
            if (!kinds.TryGetValue(kind, out var list))
            {
                kinds[kind] = list = [];
            }

            list.Add(Compile(pattern, definitions, options));
        }

        return kinds;
    }

    private static ImmutableArray<Regex> Kind(Dictionary<string, List<Regex>> kinds, string kind) =>
        kinds.TryGetValue(kind, out var list) ? [.. list] : [];

    private static Regex Single(Dictionary<string, List<Regex>> kinds, string kind) =>
        kinds.TryGetValue(kind, out var list) && list.Count == 1
            ? list[0]
            : throw new InvalidOperationException($"expected exactly one '{kind}' pattern");
}
