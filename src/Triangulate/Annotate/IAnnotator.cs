using Triangulate.Extract;

namespace Triangulate.Annotate;

/// <summary>Splits an article into sentences and tokens and finds its named entities. Pure and thread-safe.</summary>
public interface IAnnotator
{
    /// <summary>Annotates one article.</summary>
    Annotated Annotate(Article article, CancellationToken cancellationToken);
}

/// <summary>The annotators the engine ships.</summary>
public static class Annotators
{
    /// <summary>The default annotator: sentences, tokens, entities from the shipped model, canonical names.</summary>
    public static IAnnotator Default { get; } = new Annotator();

    /// <summary>Unifies canonical names across the articles of one story (see <see cref="StoryCanonicalizer"/>).</summary>
    public static IReadOnlyList<Annotated> UnifyStory(IReadOnlyList<Annotated> articles) => StoryCanonicalizer.Unify(articles);
}
