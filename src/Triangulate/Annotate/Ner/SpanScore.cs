namespace Triangulate.Annotate.Ner;

/// <summary>The conlleval metric: an entity counts only when its span and type both match exactly.</summary>
internal sealed class SpanScore
{
    private readonly int[] _gold = new int[4];
    private readonly int[] _predicted = new int[4];
    private readonly int[] _correct = new int[4];
    private readonly List<(int, int, EntityType)> _goldSpans = [];
    private readonly List<(int, int, EntityType)> _predictedSpans = [];

    /// <summary>Adds one sentence's gold and predicted BILOU tags.</summary>
    public void Add(ReadOnlySpan<int> gold, ReadOnlySpan<int> predicted)
    {
        _goldSpans.Clear();
        _predictedSpans.Clear();
        NerDecoder.Spans(gold, _goldSpans);
        NerDecoder.Spans(predicted, _predictedSpans);
        foreach (var span in _goldSpans)
        {
            _gold[(int)span.Item3]++;
        }

        foreach (var span in _predictedSpans)
        {
            _predicted[(int)span.Item3]++;
            if (_goldSpans.Contains(span))
            {
                _correct[(int)span.Item3]++;
            }
        }
    }

    /// <summary>Precision, recall and F1 for one type, or overall when <paramref name="type"/> is null.</summary>
    public (double Precision, double Recall, double F1, int Gold) Of(EntityType? type)
    {
        var gold = type is { } g ? _gold[(int)g] : _gold.Sum();
        var predicted = type is { } p ? _predicted[(int)p] : _predicted.Sum();
        var correct = type is { } c ? _correct[(int)c] : _correct.Sum();
        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1, gold);
    }
}
