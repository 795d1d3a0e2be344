using Triangulate.Annotate.Ner;

namespace Triangulate.Train;

/// <summary>Averaged perceptron weights with lazy averaging: each weight keeps its running total and when it last changed.</summary>
internal sealed class AveragedWeights : INerWeights
{
    private const int Tags = NerTags.Count;

    private readonly Dictionary<ulong, int> _rows = [];
    private float[] _weights = new float[1 << 20];
    private double[] _totals = new double[1 << 20];
    private int[] _stamps = new int[1 << 20];
    private int _count;

    public AveragedWeights(LowercaseVocabulary vocabulary) => Vocabulary = vocabulary;

    public LowercaseVocabulary Vocabulary { get; }

    /// <summary>Training instances seen so far (tokens).</summary>
    public int Step { get; set; } = 1;

    public int FeatureCount => _count;

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (_rows.TryGetValue(feature, out var row))
            {
                var weights = _weights.AsSpan(row * Tags, Tags);
                for (var t = 0; t < Tags; t++)
                {
                    scores[t] += weights[t];
                }
            }
        }
    }

    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        foreach (var feature in features)
        {
            if (!_rows.TryGetValue(feature, out var row))
            {
                row = _count++;
                _rows.Add(feature, row);
                if ((row + 1) * Tags > _weights.Length)
                {
                    Array.Resize(ref _weights, _weights.Length * 2);
                    Array.Resize(ref _totals, _totals.Length * 2);
                    Array.Resize(ref _stamps, _stamps.Length * 2);
                }
            }

            Change(row * Tags + gold, 1);
            Change(row * Tags + predicted, -1);
        }
    }

    private void Change(int index, float delta)
    {
        _totals[index] += (Step - _stamps[index]) * (double)_weights[index];
        _stamps[index] = Step;
        _weights[index] += delta;
    }

    /// <summary>The averaged weights, dropping features whose every weight is below <paramref name="threshold"/> in magnitude.</summary>
    public List<(ulong Feature, float[] Weights)> Averaged(float threshold)
    {
        var result = new List<(ulong, float[])>(_count);
        foreach (var (feature, row) in _rows)
        {
            var averaged = new float[Tags];
            var keep = false;
            for (var t = 0; t < Tags; t++)
            {
                var index = row * Tags + t;
                var total = _totals[index] + (Step - _stamps[index]) * (double)_weights[index];
                averaged[t] = (float)(total / Step);
                keep |= Math.Abs(averaged[t]) >= threshold;
            }

            if (keep)
            {
                result.Add((feature, averaged));
            }
        }

        result.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return result;
    }
}
