using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Triangulate.Extract;
using Triangulate.Pipeline;
using Triangulate.Render;
using Label = Spectre.Console.Text;

namespace Triangulate.Cli;

/// <summary>Readable terminal views of articles. Article text is always rendered as plain text, never as markup.</summary>
internal static class ArticleTextView
{
    public static IRenderable Article(Article article)
    {
        var rows = new List<IRenderable>
        {
            new Label(article.Title ?? "(no title)", new Style(decoration: Decoration.Bold)),
            new Label(Metadata(article), new Style(Color.Grey)),
            Label.Empty,
        };
        foreach (var span in article.Paragraphs)
        {
            rows.Add(new Label(span.Of(article.Body).ToString()));
            rows.Add(Label.Empty);
        }

        foreach (var removed in article.Removed)
        {
            rows.Add(new Label($"removed ({ArticleJson.ReasonName(removed.Reason)}): {removed.Text}", new Style(Color.Grey, decoration: Decoration.Dim)));
        }

        foreach (var note in article.SourceNotes)
        {
            rows.Add(new Label($"source note: {note}", new Style(Color.Grey)));
        }

        foreach (var disclosure in article.MachineDisclosures)
        {
            rows.Add(new Label($"machine-written, says the text: {disclosure}", new Style(Color.Yellow)));
        }

        foreach (var warning in article.Warnings)
        {
            rows.Add(new Label($"warning: {warning}", new Style(Color.Yellow)));
        }

        return new Panel(new Rows(rows))
        {
            Header = new PanelHeader(Markup.Escape($" {article.Source} · {article.Id} ")),
            Border = BoxBorder.Rounded,
            Expand = true,
        };
    }

    public static IRenderable Summary(AnalysisResult result)
    {
        var articles = result.Articles.Select(a => a.Article).ToList();
        var skipped = result.Skipped;
        var storyOf = result.Stories.SelectMany(st => st.Articles.Select(a => (a, st.Id))).ToDictionary(p => p.a, p => p.Id, StringComparer.Ordinal);
        var table = new Table { Border = TableBorder.Rounded, Expand = true };
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Title");
        table.AddColumn(new TableColumn("Published").NoWrap());
        table.AddColumn(new TableColumn("Story").NoWrap());
        table.AddColumn("Source");
        for (var i = 0; i < articles.Count; i++)
        {
            var a = articles[i];
            table.AddRow(
                new Label((i + 1).ToString(CultureInfo.InvariantCulture)),
                new Label(a.Title ?? "(no title)"),
                new Label(a.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
                new Label(storyOf.GetValueOrDefault(a.Id, "")),
                new Label(Path.GetFileName(a.Source)));
        }

        var rows = new List<IRenderable>
        {
            new Label($"{articles.Count} article(s), {skipped.Length} skipped", new Style(decoration: Decoration.Bold)),
            table,
        };
        var number = articles.Select((a, i) => (a.Id, Number: i + 1)).ToDictionary(p => p.Id, p => p.Number);
        foreach (var story in result.Stories)
        {
            var period = story.First is { } first ? $" · {first:yyyy-MM-dd}{(story.Last != story.First ? $" to {story.Last:yyyy-MM-dd}" : "")}" : "";
            rows.Add(new Label($"Story {story.Id}: {story.Title}{period}", new Style(decoration: Decoration.Bold)));
            rows.Add(new Label(
                $"  articles {string.Join(", ", story.Articles.Select(id => $"#{number[id]}"))}"
                + (story.Entities.IsEmpty ? "" : $"; who: {string.Join(", ", story.Entities.Take(4).Select(e => e.Name))}")
                + (story.Places.IsEmpty ? "" : $"; where: {string.Join(", ", story.Places.Take(4).Select(e => e.Name))}")));
        }

        foreach (var group in result.Duplicates)
        {
            var members = string.Join(", ", group.Articles.Select(id => $"#{number[id]}"));
            var best = group.Pairs.Max(p => p.Similarity);
            var kind = group.Pairs.All(p => p.Exact) ? "exact copies" : "near-duplicates";
            rows.Add(new Label($"{kind}: {members} (similarity up to {best:0.00}); they count once as evidence", new Style(Color.Aqua)));
        }

        foreach (var s in skipped)
        {
            rows.Add(new Label($"skipped {s.Source}: {s.Reason}", new Style(Color.Yellow)));
        }

        return new Rows(rows);
    }

    private static string Metadata(Article article)
    {
        var parts = new List<string>();
        if (article.Publisher is { } publisher)
        {
            parts.Add(publisher);
        }

        if (article.Published is { } published)
        {
            parts.Add(published.ToString());
        }

        if (article.Byline is { } byline)
        {
            parts.Add($"by {byline}");
        }

        if (article.Dateline is { } dateline)
        {
            parts.Add($"dateline {dateline}");
        }

        parts.Add($"{WordCount(article.Body)} words");
        return string.Join(" · ", parts);
    }

    internal static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
