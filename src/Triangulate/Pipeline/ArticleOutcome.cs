using Triangulate.Extract;
using Triangulate.Ingest;

namespace Triangulate.Pipeline;

/// <summary>One input's fate: an article, or the reason it was skipped.</summary>
public readonly record struct ArticleOutcome(Article? Article, Skipped? Skipped);
