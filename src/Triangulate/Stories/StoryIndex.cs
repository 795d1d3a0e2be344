using System.Runtime.InteropServices;

namespace Triangulate.Stories;

/// <summary>
/// Incremental story clustering: each article joins the best-scoring story among the candidates an inverted
/// index gives for its heaviest words and its entities, or opens a new story. The score combines TF-IDF
/// cosine to the story's centroid, shared canonical entities weighted by rarity (a victim's name is evidence, the
/// state's is hardly any), and the distance between event dates, so the same actors at another time make another
/// story unless the article names a day of the story's period.
/// </summary>
public sealed class StoryIndex(StoryClusteringOptions? options = null)
{
    private readonly StoryClusteringOptions _options = options ?? StoryClusteringOptions.Default;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly Dictionary<string, int> _entityIds = new(StringComparer.Ordinal);
    private readonly List<int> _entityFrequency = [];
    private readonly Dictionary<long, Queue<int>> _postings = [];
    private readonly List<StoryState> _stories = [];
    private int _documents;

    public int StoryCount => _stories.Count;

    /// <summary>The candidates the last <see cref="Add"/> scored in full, with their scores (for diagnostics).</summary>
    internal List<(int Story, ScoreParts Parts)> LastScored { get; } = [];

    public int DocumentCount => _documents;

    /// <summary>Adds an article; returns the story it joined or opened, and the score that decided it (0 for a new story).</summary>
    public (int Story, double Score) Add(StoryFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        _documents++;
        var vector = Vector(features);
        var entities = features.Entities.Select(EntityId).ToArray();
        var rarity = new float[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            _entityFrequency[entities[e]]++;
            rarity[e] = (float)(Math.Log((_documents + 1.0) / (_entityFrequency[entities[e]] + 1.0)) / Math.Log(_documents + 1.0));
        }

        // The vector is sorted heaviest first, so its first words are the lookup terms.
        var lookup = Math.Min(_options.LookupTerms, vector.Count);
        var keys = vector.Take(lookup).Select(t => TermKey(t.Id))
            .Concat(entities.Select(EntityKey))
            .ToArray();

        // Two phases keep the cost per article flat: a cheap tally of the keys each candidate story shares,
        // then the full score for the few with the most evidence.
        var tally = new Dictionary<int, float>();
        for (var k = 0; k < keys.Length; k++)
        {
            if (!_postings.TryGetValue(keys[k], out var posting))
            {
                continue;
            }

            var evidence = k < lookup ? vector[k].Weight : rarity[k - lookup];
            foreach (var story in posting)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(tally, story, out _) += evidence;
            }
        }

        var best = -1;
        var bestScore = double.MinValue;
        LastScored.Clear();
        foreach (var (story, _) in tally.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(_options.ScoredCandidates))
        {
            var parts = Score(_stories[story], vector, entities, rarity, features);
            var score = parts.Total;
            LastScored.Add((story, parts));
            if (score > bestScore)
            {
                (best, bestScore) = (story, score);
            }
        }

        int chosen;
        if (best >= 0 && bestScore >= _options.Threshold)
        {
            chosen = best;
        }
        else
        {
            chosen = _stories.Count;
            _stories.Add(new StoryState());
            bestScore = 0;
        }

        _stories[chosen].Add(vector, entities, features.EventDate, _options.TermsPerStory);
        foreach (var key in keys)
        {
            if (!_postings.TryGetValue(key, out var posting))
            {
                posting = new Queue<int>();
                _postings[key] = posting;
            }

            if (posting.Count > 0 && posting.Contains(chosen))
            {
                continue;
            }

            posting.Enqueue(chosen);
            if (posting.Count > _options.PostingsPerKey)
            {
                posting.Dequeue();
            }
        }

        return (chosen, bestScore);
    }

    /// <summary>The score an article would get against a story: weighted content and entity similarity, less a date penalty.</summary>
    private ScoreParts Score(StoryState story, List<(int Id, float Weight)> vector, int[] entities, float[] rarity, StoryFeatures features)
    {
        var dot = 0.0;
        foreach (var (id, weight) in vector)
        {
            if (story.Centroid.TryGetValue(id, out var w))
            {
                dot += weight * w;
            }
        }

        var cosine = story.Norm > 0 ? dot / story.Norm : 0;
        var shared = 0;
        double sharedRarity = 0, totalRarity = 0;
        for (var e = 0; e < entities.Length; e++)
        {
            totalRarity += rarity[e];
            if (story.Entities.ContainsKey(entities[e]))
            {
                shared++;
                sharedRarity += rarity[e];
            }
        }

        var entityScore = totalRarity == 0 ? 0 : sharedRarity / totalRarity;
        var penalty = features.EventDate is { } d && story.DistanceInDays(d) > _options.DateWindowDays ? _options.DatePenalty : 0;
        if (penalty > 0 && !features.Dates.IsDefault && features.Dates.Any(x => story.DistanceInDays(x) <= _options.DateWindowDays))
        {
            // The text names a day of the story's period: a follow-up of it ("arrested Friday in the March 9 shooting").
            penalty = 0;
        }

        var total = (_options.ContentWeight * cosine) + (_options.EntityWeight * entityScore) - penalty;
        return new ScoreParts(total, cosine, shared, entityScore, penalty, story.Size);
    }

    /// <summary>The article's TF-IDF vector over its heaviest words, L2-normalised.</summary>
    private List<(int Id, float Weight)> Vector(StoryFeatures features)
    {
        var weighted = new List<(int Id, float Weight)>(features.Terms.Count);
        // In a fixed order (the dictionary's depends on the process's string hashing), so new words get the same
        // ids on every run and ties in weight are cut the same way.
        foreach (var (term, count) in features.Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (!_termIds.TryGetValue(term, out var id))
            {
                id = _termIds.Count;
                _termIds[term] = id;
                _documentFrequency.Add(0);
            }

            _documentFrequency[id]++;
            weighted.Add((id, count));
        }

        for (var i = 0; i < weighted.Count; i++)
        {
            var (id, count) = weighted[i];
            var idf = Math.Log((_documents + 1.0) / (_documentFrequency[id] + 1.0)) + 1.0;
            weighted[i] = (id, (float)((1 + Math.Log(count)) * idf));
        }

        weighted.Sort((a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Id.CompareTo(b.Id));
        if (weighted.Count > _options.TermsPerArticle)
        {
            weighted.RemoveRange(_options.TermsPerArticle, weighted.Count - _options.TermsPerArticle);
        }

        var norm = Math.Sqrt(weighted.Sum(t => (double)t.Weight * t.Weight));
        if (norm > 0)
        {
            for (var i = 0; i < weighted.Count; i++)
            {
                weighted[i] = (weighted[i].Id, (float)(weighted[i].Weight / norm));
            }
        }

        return weighted;
    }

    private int EntityId(string key)
    {
        if (!_entityIds.TryGetValue(key, out var id))
        {
            id = _entityIds.Count;
            _entityIds[key] = id;
            _entityFrequency.Add(0);
        }

        return id;
    }

    private static long TermKey(int id) => id;

    private static long EntityKey(int id) => (1L << 40) | (uint)id;

    /// <summary>A score and what it is made of (for diagnostics).</summary>
    internal readonly record struct ScoreParts(double Total, double Cosine, int SharedEntities, double EntityScore, double Penalty, int StorySize)
    {
        public override string ToString() => FormattableString.Invariant(
            $"{Total:0.00} = cos {Cosine:0.00}, entities {SharedEntities} shared {EntityScore:0.00}, penalty {Penalty:0.0}; story of {StorySize}");
    }

    /// <summary>A story's running state: the centroid of its members' vectors, its entities and its period.</summary>
    private sealed class StoryState
    {
        public Dictionary<int, float> Centroid { get; } = [];

        public Dictionary<int, int> Entities { get; } = [];

        public double Norm { get; private set; }

        public int Size { get; private set; }

        public DateOnly? First { get; private set; }


        public DateOnly? Last { get; private set; }

        public void Add(List<(int Id, float Weight)> vector, int[] entities, DateOnly? date, int keep)
        {
            foreach (var (id, weight) in vector)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(Centroid, id, out _) += weight;
            }

            if (Centroid.Count > keep * 2)
            {
                foreach (var (id, _) in Centroid.OrderBy(p => p.Value).Take(Centroid.Count - keep).ToList())
                {
                    Centroid.Remove(id);
                }
            }

            Norm = Math.Sqrt(Centroid.Values.Sum(w => (double)w * w));
            Size++;
            foreach (var entity in entities)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(Entities, entity, out _)++;
            }

            if (date is { } d)
            {
                First = First is { } f && f < d ? f : d;
                Last = Last is { } l && l > d ? l : d;
            }
        }

        /// <summary>Days between a date and this story's period (0 inside it, or when the story has no dates).</summary>
        public int DistanceInDays(DateOnly date)
        {
            if (First is not { } first || Last is not { } last)
            {
                return 0;
            }

            var day = date.DayNumber;
            return day < first.DayNumber ? first.DayNumber - day : day > last.DayNumber ? day - last.DayNumber : 0;
        }
    }
}
