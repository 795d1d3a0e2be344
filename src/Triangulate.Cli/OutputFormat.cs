namespace Triangulate.Cli;

/// <summary>How a command prints its results.</summary>
internal enum OutputFormat
{
    /// <summary>A readable terminal view.</summary>
    Text,

    /// <summary>One JSON document.</summary>
    Json,

    /// <summary>One JSON object per line, one line per article.</summary>
    Jsonl,

    /// <summary>A Markdown document.</summary>
    Markdown,

    /// <summary>A self-contained HTML page.</summary>
    Html,
}
