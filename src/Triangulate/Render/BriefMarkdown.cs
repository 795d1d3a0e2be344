using System.Text;
using Triangulate.Pipeline;

namespace Triangulate.Render;

/// <summary>
/// Writes the story briefs as Markdown. Article text is escaped: Markdown and HTML in it print as written
/// and cannot become links, images or markup in a rendered page.
/// </summary>
public static class BriefMarkdown
{
    /// <summary>Writes every story's brief.</summary>
    public static void Write(TextWriter writer, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteLine("# Triangulate brief");
        writer.WriteLine();
        writer.WriteLine($"{result.Articles.Length} article(s) in {result.Stories.Length} story(ies); {result.Skipped.Length} input(s) skipped.");
        foreach (var story in StoryView.From(result))
        {
            writer.WriteLine();
            writer.WriteLine($"## {Escape(story.Title)}");
            writer.WriteLine();
            writer.WriteLine($"Story {story.Id} · {Escape(story.Period)} · {story.Sources.Length} article(s)");
            Section(writer, "Summary", story.Summary, l => $"{Escape(l.Text)} {StoryView.Cites(l.Cites)}");
            if (!story.Facts.IsEmpty)
            {
                writer.WriteLine();
                writer.WriteLine("### Facts");
                writer.WriteLine();
                writer.WriteLine("| fact | status | consensus | reports |");
                writer.WriteLine("|---|---|---|---|");
                foreach (var fact in story.Facts)
                {
                    var reports = string.Join("; ", fact.Reports.Select(r =>
                        $"[{r.Number}] {Escape(r.Figure)}{(r.Flags.IsEmpty ? "" : $" ({string.Join(", ", r.Flags)})")}"));
                    writer.WriteLine($"| {Escape(fact.Label)} | {(fact.Status == "disputed" ? "**disputed**" : fact.Status)} | {Escape(fact.Consensus)} | {reports} |");
                }
            }

            Section(writer, "Contradictions", story.Contradictions, l => $"**{l.Label}**: {Escape(l.Text)}");
            Section(writer, "Timeline", story.Timeline, l => $"{l.Label}: {Escape(l.Text)} {StoryView.Cites(l.Cites)}");
            Section(writer, "Quotes", story.Quotes, l => $"{Escape(l.Text)} {StoryView.Cites(l.Cites)} ({l.Label})");
            Section(writer, "Assertions", story.Assertions, l => $"{Escape(l.Text)} {StoryView.Cites(l.Cites)} ({l.Label})");
            writer.WriteLine();
            writer.WriteLine("### Sources");
            writer.WriteLine();
            writer.WriteLine("| # | article | published | corroborated | flagged | specificity | boilerplate | machine |");
            writer.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var source in story.Sources)
            {
                var title = Escape(source.Title) + (source.Publisher.Length == 0 ? "" : $" ({Escape(source.Publisher)})");
                writer.WriteLine($"| [{source.Number}] | {title} | {source.Published} | {source.Corroborated} | {Escape(source.Issues)} | {source.Specificity} | {source.Boilerplate} | {source.Machine} |");
            }
        }

        foreach (var skip in result.Skipped)
        {
            writer.WriteLine();
            writer.WriteLine($"Skipped {Escape(skip.Source)}: {Escape(skip.Reason)}");
        }
    }

    private static void Section(TextWriter writer, string title, IReadOnlyCollection<CitedLine> lines, Func<CitedLine, string> format)
    {
        if (lines.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine($"### {title}");
        writer.WriteLine();
        foreach (var line in lines)
        {
            writer.WriteLine($"- {format(line)}");
        }
    }

    /// <summary>Escapes Markdown punctuation and HTML so text prints as written and web addresses in it do not become links; line breaks become spaces (a table cell or list item stays one line).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '\r' or '\n':
                    builder.Append(' ');
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '(' or ')' or '#' or '|' or '!' or '~' or ':':
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        // "www." would still autolink in GitHub Markdown; "https\://" no longer does.
        return builder.Replace("www.", "www\\.").ToString();
    }
}
