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
