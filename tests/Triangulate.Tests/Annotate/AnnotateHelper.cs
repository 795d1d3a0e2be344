using Triangulate.Annotate;
using Triangulate.Extract;

namespace Triangulate.Tests.Annotate;

/// <summary>Builds articles from paragraphs and annotates them with the shipped model.</summary>
internal static class AnnotateHelper
{
    public static Article Article(params string[] paragraphs)
    {
        var (body, spans) = Triangulate.Extract.Article.Join(paragraphs);
        return new Article { Id = "test", Source = "test.txt", Title = "A test", Body = body, Paragraphs = spans };
    }

    public static Annotated AnnotateText(params string[] paragraphs) => Annotators.Default.Annotate(Article(paragraphs), CancellationToken.None);

    /// <summary>The whole language layer as it ships: entities, then times, figures, quotes and attributions.</summary>
    public static Annotated AnnotateAll(Article article) => new LayeredAnnotator(Annotators.Default).Annotate(article, CancellationToken.None);

    public static EntityMention Entity(this Annotated annotated, string text) =>
        annotated.Entities.FirstOrDefault(e => e.Text == text)
        ?? throw new ShouldAssertException($"no entity '{text}' in: {string.Join("; ", annotated.Entities.Select(e => $"{e.Text} {e.Type.Label()}"))}");

    public static IEnumerable<EntityMention> All(this Annotated annotated, string text) => annotated.Entities.Where(e => e.Text == text);
}
