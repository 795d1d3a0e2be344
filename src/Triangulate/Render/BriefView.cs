using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Brief;
using Triangulate.Extract;
using Triangulate.Pipeline;
using Triangulate.Verify;

namespace Triangulate.Render;

/// <summary>A fact table row: the slot in words, its status, the consensus and each article's figure.</summary>
public sealed record FactRow(string Label, string Status, string Consensus, ImmutableArray<FactCell> Reports);

/// <summary>One article's figure for a slot: "[5] 9 (stale)".</summary>
public sealed record FactCell(int Number, string Figure, ImmutableArray<string> Flags, string? Attribution)
{
    /// <summary>True when a flag says the figure is in doubt (outlier, stale, disputed, misdated).</summary>
    public bool Doubtful => Flags.Any(f => f is "outlier" or "stale" or "disputed" or "misdated");
}

/// <summary>A line of text with the article numbers that support it.</summary>
public sealed record CitedLine(string Text, ImmutableArray<int> Cites, string? Label = null);

/// <summary>A source's row: its number, headline, outlet, date and scores in words.</summary>
public sealed record SourceRow(int Number, string Title, string Publisher, string Published, string Corroborated, string Issues, string Specificity, string Boilerplate, string Machine, string? Url);

/// <summary>One story's brief as plain strings, laid out the same way by the terminal, Markdown and HTML renderers.</summary>
public sealed record StoryView(
    string Id,
    string Title,
    string Period,
    ImmutableArray<CitedLine> Summary,
    ImmutableArray<FactRow> Facts,
    ImmutableArray<CitedLine> Contradictions,
    ImmutableArray<CitedLine> Timeline,
    ImmutableArray<CitedLine> Quotes,
    ImmutableArray<CitedLine> Assertions,
    ImmutableArray<SourceRow> Sources)
{
    /// <summary>Builds the views of every story of <paramref name="result"/>.</summary>
    public static ImmutableArray<StoryView> From(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var articles = result.Articles.ToDictionary(a => a.Article.Id, a => a.Article, StringComparer.Ordinal);
        return [.. result.Briefs.Select(b => From(b, articles))];
    }

    /// <summary>Builds the view of one brief.</summary>
    public static StoryView From(StoryBrief brief, IReadOnlyDictionary<string, Article> articles)
    {
        ArgumentNullException.ThrowIfNull(brief);
        ArgumentNullException.ThrowIfNull(articles);
        var story = brief.Story;
        var period = story.First is { } first
            ? first == story.Last || story.Last is null ? Day(first) : $"{Day(first)} to {Day(story.Last.Value)}"
            : "date unknown";
        var facts = brief.Facts.Facts.Select(f => new FactRow(
                Wording.Slot(f),
                BriefJson.Name(f.Status),
                f.Consensus is { } c ? Wording.Figure(c) : "",
                [.. f.Reports.Select(r => new FactCell(brief.NumberOf(r.Claim.Evidence.Article), Wording.Figure(r.Claim), Flags(r.Flags), r.Claim.Attribution))]))
            .ToList();
        if (brief.Facts.EventDate is { } date)
        {
            facts.Add(new FactRow(
                "day of the event",
                BriefJson.Name(date.Status),
                date.Consensus is { } day ? Day(day) : "",
                [.. date.Reports.Select(r => new FactCell(brief.NumberOf(r.Claim.Evidence.Article), r.Claim.WeekdayOnly ? $"{r.Claim.Text} (weekday only: {Day(r.Claim.Date)})" : $"{r.Claim.Text} ({Day(r.Claim.Date)})", Flags(r.Flags), null))]));
        }

        if (brief.Facts.EventPlace is { } place)
        {
            facts.Add(new FactRow(
                "place of the event",
                BriefJson.Name(place.Status),
                place.Consensus ?? "",
                [.. place.Reports.Select(r => new FactCell(brief.NumberOf(r.Claim.Evidence.Article), r.Claim.Place, Flags(r.Flags), null))]));
        }

        return new StoryView(
            story.Id,
            story.Title,
            period,
            [.. brief.Summary.Select(s => new CitedLine(s.Text, Numbers(brief, s.Articles)))],
            [.. facts],
            [.. brief.Contradictions.Select(c => new CitedLine(c.Text, Numbers(brief, c.Articles), BriefJson.Name(c.Kind)))],
            [.. brief.Timeline.Select(t => new CitedLine(t.Text, Numbers(brief, t.Articles), Day(t.Date)))],
            [.. brief.Facts.Quotes.Where(q => q.Sources > 1 || q.Status != QuoteStatus.SingleSource || q.Speaker is not null)
                .Select(q => new CitedLine(
                    $"“{q.Text.Trim().TrimEnd(',')}” — {(q.Speakers.IsEmpty ? "speaker not named" : string.Join(" / ", q.Speakers))}",
                    Numbers(brief, q.Reports.Select(r => r.Claim.Evidence.Article)),
                    BriefJson.Name(q.Status)))],
            [.. brief.Facts.Assertions.Where(a => a.Status != AssertionStatus.SingleSource)
                .Select(a => new CitedLine($"{a.Subject} {a.Act} {a.Object}", Numbers(brief, a.Reports.Select(r => r.Evidence.Article)), BriefJson.Name(a.Status)))],
            [.. brief.Facts.Scorecards.Select(card =>
            {
                var article = articles[card.Article];
                var issues = new List<string>();
                AddCount(issues, card.Disputed, "disputed");
                AddCount(issues, card.Outliers, "outlier");
                AddCount(issues, card.Stale, "stale");
                AddCount(issues, card.Misdated, "misdated");
                if (card.DuplicateOf is { } original)
                {
                    issues.Add($"repeats [{brief.NumberOf(original)}]");
                }

                return new SourceRow(
                    brief.NumberOf(card.Article),
                    article.Title ?? "(no title)",
                    article.Publisher ?? "",
                    article.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    card.Claims == 0 ? "no claims" : $"{card.Corroborated} of {card.Claims} ({card.CorroboratedShare:P0})",
                    issues.Count == 0 ? "" : string.Join(", ", issues),
                    card.Specificity.ToString("0.0", CultureInfo.InvariantCulture),
                    card.BoilerplateShare.ToString("P0", CultureInfo.InvariantCulture),
                    card.MachineDisclosures.IsDefaultOrEmpty ? "" : "says a machine wrote it",
                    article.Url);
            })]);
    }

    /// <summary>"[1] [3]".</summary>
    public static string Cites(IEnumerable<int> numbers) => string.Join(" ", numbers.Select(n => $"[{n}]"));

    private static ImmutableArray<int> Numbers(StoryBrief brief, IEnumerable<string> articles) =>
        [.. articles.Select(brief.NumberOf).Where(n => n > 0).Distinct().Order()];

    private static ImmutableArray<string> Flags(IEnumerable<ReportFlag> flags) =>
        [.. flags.Where(f => f != ReportFlag.Corroborated).Select(f => BriefJson.Name(f))];

    private static void AddCount(List<string> issues, int count, string what)
    {
        if (count > 0)
        {
            issues.Add($"{count} {what}");
        }
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
