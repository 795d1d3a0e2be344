namespace Triangulate.Ingest;

/// <summary>What kind of document the bytes hold, decided by content as well as by name.</summary>
public enum MediaType
{
    /// <summary>Plain text or Markdown: one paragraph per line or per blank-line block.</summary>
    PlainText,

    /// <summary>An HTML page.</summary>
    Html,
}
