namespace Triangulate;

/// <summary>Explicit limits for hostile or accidental input; each is documented in docs/limits.md.</summary>
public static class Limits
{
    /// <summary>Largest article accepted, in bytes after decompression (a text or HTML file, or one JSONL record).</summary>
    public const int MaxArticleBytes = 16 * 1024 * 1024;

    /// <summary>Deepest HTML element nesting that extraction walks; deeper content is flattened into its ancestor at this depth.</summary>
    public const int MaxHtmlNestingDepth = 256;

    /// <summary>Most paragraphs kept in one article; the rest are dropped with a warning.</summary>
    public const int MaxParagraphs = 5_000;

    /// <summary>Longest JSON Lines line accepted, in bytes (one record plus JSON escaping overhead).</summary>
    public const int MaxJsonLineBytes = MaxArticleBytes * 2;

    /// <summary>Deepest JSON nesting accepted in one JSONL record.</summary>
    public const int MaxJsonDepth = 64;
}
