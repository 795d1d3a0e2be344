using Triangulate.Ingest;

namespace Triangulate.Extract;

/// <summary>Turns one raw document into an article. Pure: no I/O, no shared state.</summary>
public interface IArticleExtractor
{
    ExtractResult Extract(RawDocument document, CancellationToken cancellationToken);
}
