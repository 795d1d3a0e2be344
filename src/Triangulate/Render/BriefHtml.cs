using System.Net;
using Triangulate.Pipeline;

namespace Triangulate.Render;

/// <summary>
/// Writes the story briefs as one self-contained HTML page: inline styles, no scripts, no external assets (a
/// content security policy forbids loading any), and every piece of article text HTML-encoded. Article URLs
/// become links only when they are http or https, and the page never fetches them.
/// </summary>
public static class BriefHtml
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
        h1{font-size:1.5rem}h2{font-size:1.25rem;margin-top:2.5rem;border-bottom:1px solid #ccc}h3{font-size:1rem;margin-top:1.5rem}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
        .meta{color:#666}.cite{color:#555;font-size:.85rem}.disputed,.outlier,.stale,.misdated,.misattributed,.contradicted{color:#b00020;font-weight:600}
        .agreed,.consistent,.corroborated{color:#1b5e20}.flag{font-size:.8rem;padding:0 .3rem;border-radius:.2rem;background:#fde7e9;color:#b00020}
        """;

    /// <summary>Writes the page.</summary>
    public static void Write(TextWriter writer, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        writer.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        writer.WriteLine("<meta name=\"referrer\" content=\"no-referrer\">");
        writer.WriteLine("<title>Triangulate brief</title>");
        writer.WriteLine($"<style>{Style}</style></head><body>");
        writer.WriteLine("<h1>Triangulate brief</h1>");
        writer.WriteLine($"<p class=\"meta\">{result.Articles.Length} article(s) in {result.Stories.Length} story(ies); {result.Skipped.Length} input(s) skipped.</p>");
        foreach (var story in StoryView.From(result))
        {
            writer.WriteLine($"<section id=\"{E(story.Id)}\"><h2>{E(story.Title)}</h2>");
            writer.WriteLine($"<p class=\"meta\">Story {E(story.Id)} · {E(story.Period)} · {story.Sources.Length} article(s)</p>");
            List(writer, "Summary", story.Summary, l => $"{E(l.Text)} <span class=\"cite\">{E(StoryView.Cites(l.Cites))}</span>");
            if (!story.Facts.IsEmpty)
            {
                writer.WriteLine("<h3>Facts</h3><table><tr><th>fact</th><th>status</th><th>consensus</th><th>reports</th></tr>");
                foreach (var fact in story.Facts)
                {
                    var reports = string.Join("<br>", fact.Reports.Select(r =>
                        $"[{r.Number}] {E(r.Figure)}" + string.Concat(r.Flags.Select(f => $" <span class=\"flag\">{E(f)}</span>"))));
                    writer.WriteLine($"<tr><td>{E(fact.Label)}</td><td class=\"{E(fact.Status)}\">{E(fact.Status)}</td><td>{E(fact.Consensus)}</td><td>{reports}</td></tr>");
                }

                writer.WriteLine("</table>");
            }

            List(writer, "Contradictions", story.Contradictions, l => $"<span class=\"{E(l.Label ?? "")}\">{E(l.Label ?? "")}</span>: {E(l.Text)}");
            List(writer, "Timeline", story.Timeline, l => $"<strong>{E(l.Label ?? "")}</strong>: {E(l.Text)} <span class=\"cite\">{E(StoryView.Cites(l.Cites))}</span>");
            List(writer, "Assertions", story.Assertions, l => $"{E(l.Text)} <span class=\"cite\">{E(StoryView.Cites(l.Cites))}</span> <span class=\"{E(l.Label ?? "")}\">{E(l.Label ?? "")}</span>");
            List(writer, "Quotes", story.Quotes, l => $"{E(l.Text)} <span class=\"cite\">{E(StoryView.Cites(l.Cites))}</span> <span class=\"{E(l.Label ?? "")}\">{E(l.Label ?? "")}</span>");
            writer.WriteLine("<h3>Sources</h3><table><tr><th>#</th><th>article</th><th>published</th><th>corroborated</th><th>flagged</th><th>specificity</th><th>boilerplate</th><th>machine</th></tr>");
            foreach (var source in story.Sources)
            {
                var title = IsWebAddress(source.Url)
                    ? $"<a href=\"{E(source.Url!)}\" rel=\"noopener noreferrer nofollow\">{E(source.Title)}</a>"
                    : E(source.Title);
                var publisher = source.Publisher.Length == 0 ? "" : $" <span class=\"meta\">({E(source.Publisher)})</span>";
                writer.WriteLine($"<tr><td>[{source.Number}]</td><td>{title}{publisher}</td><td>{E(source.Published)}</td><td>{E(source.Corroborated)}</td><td class=\"disputed\">{E(source.Issues)}</td><td>{E(source.Specificity)}</td><td>{E(source.Boilerplate)}</td><td>{E(source.Machine)}</td></tr>");
            }

            writer.WriteLine("</table></section>");
        }

        if (!result.Skipped.IsEmpty)
        {
            writer.WriteLine("<h2>Skipped</h2><ul>");
            foreach (var skip in result.Skipped)
            {
                writer.WriteLine($"<li>{E(skip.Source)}: {E(skip.Reason)}</li>");
            }

            writer.WriteLine("</ul>");
        }

        writer.WriteLine("</body></html>");
    }

    private static void List(TextWriter writer, string title, IReadOnlyCollection<CitedLine> lines, Func<CitedLine, string> format)
    {
        if (lines.Count == 0)
        {
            return;
        }

        writer.WriteLine($"<h3>{title}</h3><ul>");
        foreach (var line in lines)
        {
            writer.WriteLine($"<li>{format(line)}</li>");
        }

        writer.WriteLine("</ul>");
    }

    /// <summary>True for an absolute http or https address: the only kind that becomes a link.</summary>
    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
