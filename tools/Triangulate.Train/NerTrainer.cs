using Triangulate.Annotate.Ner;

namespace Triangulate.Train;

/// <summary>Runs the decoder over one CoNLL document, learning from its mistakes or scoring it.</summary>
internal static class NerTrainer
{
    /// <summary>Words written in lower case at least <paramref name="minimum"/> times in the training text.</summary>
    public static LowercaseVocabulary Vocabulary(List<List<ConllSentence>> documents, int minimum)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var sentence in documents.SelectMany(d => d))
        {
            foreach (var token in sentence.Tokens)
            {
                var word = token.Of(sentence.Text);
                if (word.Length > 0 && char.IsLower(word[0]))
                {
                    var key = Gazetteer.TokenKey(word);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return new LowercaseVocabulary(counts.Where(c => c.Value >= minimum).Select(c => c.Key));
    }

    public static void Run(NerDecoder decoder, List<ConllSentence> document, INerWeights weights, bool learn, SpanScore? score = null)
    {
        var context = new DocumentContext();
        foreach (var sentence in document)
        {
            context.Add(sentence.Text, sentence.Tokens);
        }

        decoder.StartDocument();
        foreach (var sentence in document)
        {
            var predicted = new int[sentence.Tokens.Length];
            decoder.Tag(sentence.Text, sentence.Tokens, context, weights, predicted, learn ? sentence.Tags : default);
            if (learn && weights is AveragedWeights averaged)
            {
                averaged.Step += sentence.Tokens.Length;
            }

            score?.Add(sentence.Tags, predicted);
        }
    }
}

/// <summary>Averaged weights frozen for evaluation between epochs.</summary>
internal sealed class NerModelSnapshot : INerWeights
{
    private readonly Dictionary<ulong, float[]> _weights;

    private NerModelSnapshot(Dictionary<ulong, float[]> weights, LowercaseVocabulary vocabulary)
    {
        _weights = weights;
        Vocabulary = vocabulary;
    }

    public LowercaseVocabulary Vocabulary { get; }

    public static NerModelSnapshot From(List<(ulong Feature, float[] Weights)> features, LowercaseVocabulary vocabulary) =>
        new(features.ToDictionary(f => f.Feature, f => f.Weights), vocabulary);

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_weights.TryGetValue(feature, out var row))
            {
                for (var t = 0; t < row.Length; t++)
                {
                    scores[t] += row[t];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted) => throw new NotSupportedException();
}
