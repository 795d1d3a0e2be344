using Triangulate.Annotate;
using Triangulate.Extract;
using Triangulate.Ingest;

namespace Triangulate.Pipeline;

/// <summary>One input's fate: an article (annotated when asked), or the reason it was skipped.</summary>
public readonly record struct ArticleOutcome(Article? Article, Skipped? Skipped, Annotated? Annotated = null);
