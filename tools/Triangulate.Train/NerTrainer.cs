using Triangulate.Annotate.Ner;

namespace Triangulate.Train;

/// <summary>Runs the decoder over one CoNLL document, learning from its mistakes or scoring it.</summary>
internal static class NerTrainer
{
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

    private NerModelSnapshot(Dictionary<ulong, float[]> weights) => _weights = weights;

    public static NerModelSnapshot From(List<(ulong Feature, float[] Weights)> features) =>
        new(features.ToDictionary(f => f.Feature, f => f.Weights));

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
