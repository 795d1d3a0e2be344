namespace Triangulate.Extract;

/// <summary>A span of characters in an article body: offsets into the string, never a copy.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}
