using Triangulate.Extract;
using Triangulate.Extract.PlainText;

namespace Triangulate.Tests.Extract.PlainText;

/// <summary>Builds small scraped-text articles for the plain-text tests and runs the extractor on them.</summary>
internal static class PlainTextFixture
{
    /// <summary>An opening body paragraph with no metadata or furniture in it.</summary>
    public const string Lead =
        "Floodwater reached the steps of the Brackwell library on Sunday, the county fire service said, after two days of rain in the hills above the town.";

    /// <summary>A middle body paragraph.</summary>
    public const string Middle =
        "Volunteers filled sandbags in the car park of the leisure centre through the night, and the council opened two school halls for families who had to leave.";

    /// <summary>A closing body paragraph.</summary>
    public const string Close =
        "The river is expected to fall slowly over the next three days, according to the county's flood officer, though more rain is forecast for Thursday.";

    private static readonly PlainTextArticleExtractor Extractor = new();

    public static ExtractedContent Read(params string[] lines) => Extractor.Extract(string.Join('\n', lines), CancellationToken.None);

    public static ExtractedContent ReadText(string text) => Extractor.Extract(text, CancellationToken.None);

    /// <summary>Three body paragraphs with <paramref name="line"/> as the last line.</summary>
    public static ExtractedContent WithTail(string line) => Read(Lead, Middle, Close, line);

    /// <summary>Three body paragraphs with <paramref name="line"/> between the second and third.</summary>
    public static ExtractedContent WithMiddle(string line) => Read(Lead, Middle, line, Close);
}
