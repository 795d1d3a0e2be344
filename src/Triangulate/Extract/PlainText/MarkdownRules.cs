using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Triangulate.Extract.PlainText;

/// <summary>Markdown and plain-text markup patterns from <c>markdown.rules</c>, compiled once.</summary>
internal sealed class MarkdownRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private MarkdownRules()
    {
    }

    public ImmutableArray<Regex> Heading { get; private init; } = [];

    public ImmutableArray<Regex> Underline { get; private init; } = [];

    public ImmutableArray<Regex> Bullet { get; private init; } = [];

    public ImmutableArray<Regex> Quote { get; private init; } = [];

    public ImmutableArray<Regex> Image { get; private init; } = [];

    public ImmutableArray<Regex> Unwrap { get; private init; } = [];

    /// <summary>Reads <c>markdown.rules</c>.</summary>
    public static MarkdownRules Load()
    {
        var kinds = new Dictionary<string, ImmutableArray<Regex>.Builder>(StringComparer.Ordinal);
        foreach (var line in TextResources.Lines("markdown.rules"))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0)
            {
                throw new InvalidOperationException($"bad line in markdown.rules: {line}");
            }

            var kind = line[..space];
            if (!kinds.TryGetValue(kind, out var list))
            {
                kinds[kind] = list = ImmutableArray.CreateBuilder<Regex>();
            }

            list.Add(new Regex(line[(space + 1)..].Trim(), Options, PlainTextRules.MatchTimeout));
        }

        ImmutableArray<Regex> Of(string kind) => kinds.TryGetValue(kind, out var list) ? list.ToImmutable() : [];

        return new MarkdownRules
        {
            Heading = Of("heading"),
            Underline = Of("underline"),
            Bullet = Of("bullet"),
            Quote = Of("quote"),
            Image = Of("image"),
            Unwrap = Of("unwrap"),
        };
    }

    /// <summary>True when any of <paramref name="patterns"/> matches <paramref name="text"/>.</summary>
    public static bool Any(ImmutableArray<Regex> patterns, string text) =>
        patterns.Any(p => PlainTextRules.Run(p, text).Success);

    /// <summary>Replaces every match of the patterns, using the <c>text</c> group when there is one.</summary>
    public static string Replace(ImmutableArray<Regex> patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                text = pattern.Replace(text, m => m.Groups["text"].Success ? m.Groups["text"].Value : string.Empty);
            }
            catch (RegexMatchTimeoutException)
            {
                // Leave hostile markup as it is.
            }
        }

        return text;
    }
}
