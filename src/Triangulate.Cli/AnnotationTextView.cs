using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Triangulate.Annotate;
using Triangulate.Annotate.Quantities;
using Label = Spectre.Console.Text;

namespace Triangulate.Cli;

/// <summary>A readable view of one annotated article: its entities, figures, quotes and attributions. Article text is never read as markup.</summary>
internal static class AnnotationTextView
{
    public static IRenderable Annotated(Annotated annotated)
    {
        var article = annotated.Article;
        var rows = new List<IRenderable>
        {
            new Label(article.Title ?? "(no title)", new Style(decoration: Decoration.Bold)),
            new Label($"{annotated.Sentences.Length} sentences, {annotated.Entities.Length} entity mentions, {annotated.Quantities.Length} figures, {annotated.Quotes.Length} quotes, {annotated.Attributions.Length} attributions", new Style(Color.Grey)),
        };

        var entities = new Table { Border = TableBorder.Simple, Title = new TableTitle("Entities") };
        entities.AddColumns("Canonical", "Type", "Role", "Mentions");
        foreach (var group in annotated.Entities.GroupBy(e => (e.Canonical, e.Type)).OrderByDescending(g => g.Count()))
        {
            entities.AddRow(
                new Label(group.Key.Canonical),
                new Label(group.Key.Type.Label()),
                new Label(group.Select(e => e.Role).FirstOrDefault(r => r is not null) ?? ""),
                new Label(string.Join(" · ", group.Select(e => e.Text).Distinct())));
        }

        rows.Add(entities);
        if (!annotated.Quantities.IsEmpty)
        {
            var figures = new Table { Border = TableBorder.Simple, Title = new TableTitle("Figures") };
            figures.AddColumns("Text", "Value", "Bounds", "Counted", "Event");
            foreach (var q in annotated.Quantities)
            {
                figures.AddRow(
                    new Label(q.Text),
                    new Label(Format(q.Value)),
                    new Label($"{Format(q.Low)} .. {Format(q.High)}"),
                    new Label(q.Counted ?? (q.Kind == QuantityKind.Count ? "" : q.Kind.ToString().ToLowerInvariant())),
                    new Label(q.Event ?? ""));
            }

            rows.Add(figures);
        }

        foreach (var quote in annotated.Quotes)
        {
            rows.Add(new Label($"“{quote.Text}” — {quote.Speaker ?? "(no speaker)"}{(quote.Partial ? " (partial)" : "")}"));
        }

        foreach (var attribution in annotated.Attributions)
        {
            rows.Add(new Label($"source: {attribution.Source}  ({attribution.Text})", new Style(Color.Grey)));
        }

        return new Panel(new Rows(rows))
        {
            Header = new PanelHeader(Markup.Escape($" {article.Source} · {article.Id} ")),
            Border = BoxBorder.Rounded,
            Expand = true,
        };
    }

    private static string Format(double? value) =>
        value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "∞";
}
