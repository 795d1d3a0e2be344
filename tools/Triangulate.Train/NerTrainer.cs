using Triangulate.Annotate.Ner;
using Triangulate.Extract;

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

    /// <summary>
    /// Extra training sentences that start at a mid-sentence name ("Karimov arrived in ..." from "On Monday ,
    /// Karimov arrived in ..."), so that a name first in a sentence is learned from its own shape and context.
    /// </summary>
    public static List<List<ConllSentence>> Augment(List<List<ConllSentence>> documents, double rate, int seed)
    {
        var random = new Random(seed);
        var extra = new List<ConllSentence>();
        foreach (var sentence in documents.SelectMany(d => d))
        {
            for (var i = 1; i < sentence.Tokens.Length - 2; i++)
            {
                var tag = sentence.Tags[i];
                var starts = tag != NerTags.Outside && NerTags.PositionOf(tag) is NerTags.Position.Begin or NerTags.Position.Unit;
                if (!starts || sentence.Tags[i - 1] != NerTags.Outside || random.NextDouble() >= rate)
                {
                    continue;
                }

                var offset = sentence.Tokens[i].Start;
                var tokens = sentence.Tokens[i..].Select(t => new TextSpan(t.Start - offset, t.Length)).ToArray();
                extra.Add(new ConllSentence(sentence.Text[offset..], tokens, sentence.Tags[i..]));
                break;
            }
        }

        // Alone, in small documents, so that no other sentence vouches for the name.
        return extra.Chunk(1).Select(c => c.ToList()).ToList();
    }

    /// <summary>The mean of several models' weights (a feature missing from a model weighs 0 there).</summary>
    public static List<(ulong Feature, float[] Weights)> Mix(List<List<(ulong Feature, float[] Weights)>> models)
    {
        var sum = new Dictionary<ulong, float[]>();
        foreach (var model in models)
        {
            foreach (var (feature, weights) in model)
            {
                if (!sum.TryGetValue(feature, out var total))
                {
                    sum[feature] = total = new float[weights.Length];
                }

                for (var t = 0; t < weights.Length; t++)
                {
                    total[t] += weights[t] / models.Count;
                }
            }
        }

        return sum.OrderBy(p => p.Key).Select(p => (p.Key, p.Value)).ToList();
    }

    public static void Run(NerDecoder decoder, List<ConllSentence> document, INerWeights weights, bool learn, SpanScore? score = null) =>
        decoder.TagDocument(document, weights, score, learn, sentence =>
        {
            if (learn && weights is AveragedWeights averaged)
            {
                averaged.Step += sentence.Tokens.Length;
            }
        });
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
