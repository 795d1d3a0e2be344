using System.Diagnostics.CodeAnalysis;

namespace Triangulate.Extract;

/// <summary>An article, or the one-line reason there is none.</summary>
public readonly record struct ExtractResult
{
    private ExtractResult(Article? article, string? error)
    {
        Article = article;
        Error = error;
    }

    public Article? Article { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Article is not null;

    public static ExtractResult Ok(Article article) => new(article, null);

    public static ExtractResult Fail(string reason) => new(null, reason);
}
