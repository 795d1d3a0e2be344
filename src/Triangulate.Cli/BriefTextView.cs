using Spectre.Console;
using Spectre.Console.Rendering;
using Triangulate.Pipeline;
using Triangulate.Render;
using Label = Spectre.Console.Text;

namespace Triangulate.Cli;

/// <summary>The story briefs on a terminal: tables, with disputed and flagged figures in colour. Article text is plain text, never markup.</summary>
internal static class BriefTextView
{
    private static readonly Style Heading = new(decoration: Decoration.Bold);
    private static readonly Style Dim = new(Color.Grey);
    private static readonly Style Alarm = new(Color.Red);

    public static IRenderable Briefs(AnalysisResult result)
    {
        var rows = new List<IRenderable>
        {
            new Label($"{result.Articles.Length} article(s) in {result.Stories.Length} story(ies); {result.Skipped.Length} input(s) skipped", Heading),
        };
        foreach (var story in StoryView.From(result))
        {
            rows.Add(Label.Empty);
            rows.Add(new Rule(Markup.Escape(story.Title)) { Justification = Justify.Left });
            rows.Add(new Label($"Story {story.Id} · {story.Period} · {story.Sources.Length} article(s)", Dim));
            Section(rows, "Summary", story.Summary, l => Bullet().Append(l.Text).Append(" " + StoryView.Cites(l.Cites), Dim));
            if (!story.Facts.IsEmpty)
            {
                var table = new Table { Border = TableBorder.Rounded, Expand = true, Title = new TableTitle("Facts", Heading) };
                table.AddColumn("fact");
                table.AddColumn(new TableColumn("status").NoWrap());
                table.AddColumn("consensus");
                table.AddColumn("reports");
                foreach (var fact in story.Facts)
                {
                    var reports = new Paragraph();
                    for (var i = 0; i < fact.Reports.Length; i++)
                    {
                        var report = fact.Reports[i];
                        reports.Append((i == 0 ? "" : "\n") + $"[{report.Number}] {report.Figure}", report.Doubtful ? Alarm : Style.Plain);
                        if (!report.Flags.IsEmpty)
                        {
                            reports.Append($" ({string.Join(", ", report.Flags)})", report.Doubtful ? Alarm : Dim);
                        }
                    }

                    table.AddRow(
                        new Label(fact.Label),
                        new Label(fact.Status, StatusStyle(fact.Status)),
                        new Label(fact.Consensus),
                        reports);
                }

                rows.Add(table);
            }

            Section(rows, "Contradictions", story.Contradictions, l => Bullet().Append(l.Label + ": ", Alarm).Append(l.Text));
            Section(rows, "Timeline", story.Timeline, l => Bullet().Append(l.Label + ": ", Heading).Append(l.Text).Append(" " + StoryView.Cites(l.Cites), Dim));
            Section(rows, "Assertions", story.Assertions, l => Bullet().Append(l.Text).Append(" " + StoryView.Cites(l.Cites), Dim).Append($" ({l.Label})", StatusStyle(l.Label ?? "")));
            Section(rows, "Quotes", story.Quotes, l => Bullet().Append(l.Text).Append(" " + StoryView.Cites(l.Cites), Dim).Append($" ({l.Label})", StatusStyle(l.Label ?? "")));
            var sources = new Table { Border = TableBorder.Rounded, Expand = true, Title = new TableTitle("Sources", Heading) };
            sources.AddColumn(new TableColumn("#").RightAligned());
            sources.AddColumn("article");
            sources.AddColumn(new TableColumn("published").NoWrap());
            sources.AddColumn("corroborated");
            sources.AddColumn("flagged");
            sources.AddColumn(new TableColumn("specific").RightAligned());
            sources.AddColumn(new TableColumn("boilerplate").RightAligned());
            sources.AddColumn("machine");
            foreach (var source in story.Sources)
            {
                sources.AddRow(
                    new Label($"[{source.Number}]"),
                    new Label(source.Publisher.Length == 0 ? source.Title : $"{source.Title} ({source.Publisher})"),
                    new Label(source.Published),
                    new Label(source.Corroborated),
                    new Label(source.Issues, Alarm),
                    new Label(source.Specificity),
                    new Label(source.Boilerplate),
                    new Label(source.Machine, new Style(Color.Yellow)));
            }

            rows.Add(sources);
        }

        foreach (var skip in result.Skipped)
        {
            rows.Add(new Label($"skipped {skip.Source}: {skip.Reason}", new Style(Color.Yellow)));
        }

        return new Rows(rows);
    }

    private static void Section(List<IRenderable> rows, string title, IReadOnlyCollection<CitedLine> lines, Func<CitedLine, Paragraph> format)
    {
        if (lines.Count == 0)
        {
            return;
        }

        rows.Add(Label.Empty);
        rows.Add(new Label(title, Heading));
        foreach (var line in lines)
        {
            rows.Add(format(line));
        }
    }

    private static Style StatusStyle(string status) => status switch
    {
        "disputed" or "misattributed" or "drift" or "contradicted" => Alarm,
        "agreed" or "consistent" or "corroborated" => new Style(Color.Green),
        _ => Dim,
    };

    private static Paragraph Bullet() => new Paragraph().Append(" • ");
}
