namespace Triangulate.Stories;

/// <summary>
/// The knobs of story clustering. The defaults are the values tuned on the dev halves of gva/ and ecbplus/
/// by <c>dotnet run -c Release --project bench/Triangulate.Bench -- stories --tune</c> (docs/evaluation.md).
/// </summary>
public sealed record StoryClusteringOptions
{
    /// <summary>Score at or above which an article joins its best story instead of opening a new one.</summary>
    public double Threshold { get; init; } = 0.14;

    /// <summary>Weight of content similarity (TF-IDF cosine to the story's centroid).</summary>
    public double ContentWeight { get; init; } = 0.8;

    /// <summary>Weight of shared canonical entities (people, organisations, places): the share of the article's entities, each weighted by its rarity, that the story names too.</summary>
    public double EntityWeight { get; init; } = 0.2;

    /// <summary>Days an event date may lie from the nearest event day of a story's members before the date counts against joining.</summary>
    public int DateWindowDays { get; init; } = 7;

    /// <summary>Subtracted from the score of a story none of whose members' event days is within the window of the article's event date, unless the article names a day within the window of one.</summary>
    public double DatePenalty { get; init; } = 0.3;

    /// <summary>Content words kept per article vector (the heaviest by TF-IDF).</summary>
    public int TermsPerArticle { get; init; } = 48;

    /// <summary>Content words kept per story centroid.</summary>
    public int TermsPerStory { get; init; } = 160;

    /// <summary>Entities kept per story (the most often named); bounds a story's memory and the cost of scoring it.</summary>
    public int EntitiesPerStory { get; init; } = 128;

    /// <summary>Heaviest words of an article used to look up candidate stories.</summary>
    public int LookupTerms { get; init; } = 12;

    /// <summary>Most recent stories kept per index key; bounds the candidates, so the cost per article stays flat as the corpus grows.</summary>
    public int PostingsPerKey { get; init; } = 32;

    /// <summary>Postings read per article to find candidates, the strongest keys first (rare entities, heavy words): reading stops once this many are read, so at most this plus <see cref="PostingsPerKey"/>.</summary>
    public int PostingsPerArticle { get; init; } = 64;

    /// <summary>Candidate stories scored in full: those sharing the most weight of lookup keys with the article.</summary>
    public int ScoredCandidates { get; init; } = 16;

    /// <summary>The tuned defaults.</summary>
    public static StoryClusteringOptions Default { get; } = new();
}
