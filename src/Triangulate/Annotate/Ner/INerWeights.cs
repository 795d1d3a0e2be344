namespace Triangulate.Annotate.Ner;

/// <summary>Scores tags from features: the shipped model, or the weights being trained.</summary>
internal interface INerWeights
{
    /// <summary>Words the training text writes in lower case.</summary>
    LowercaseVocabulary Vocabulary { get; }

    /// <summary>Adds the weights of <paramref name="features"/> to <paramref name="scores"/> (one per tag).</summary>
    void Score(ReadOnlySpan<ulong> features, Span<float> scores);

    /// <summary>Training only: moves weights towards <paramref name="gold"/> and away from <paramref name="predicted"/>.</summary>
    void Update(ReadOnlySpan<ulong> features, int gold, int predicted);
}
