using System.Runtime.InteropServices;

namespace Triangulate.Stories;

/// <summary>
/// Incremental story clustering: each article joins the best-scoring story among the candidates an inverted
/// index gives for its heaviest words and its entities, or opens a new story. The score combines TF-IDF
/// cosine to the story's centroid, shared canonical entities, and the distance between event dates, so the
/// same actors at another time make another story.
/// </summary>
public sealed class StoryIndex(StoryClusteringOptions? options = null)
{
    private readonly StoryClusteringOptions _options = options ?? StoryClusteringOptions.Default;
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private readonly Dictionary<string, int> _entityIds = new(StringComparer.Ordinal);
    private readonly Dictionary<long, Queue<int>> _postings = [];
    private readonly List<StoryState> _stories = [];
    private int _documents;

    public int StoryCount => _stories.Count;

    public int DocumentCount => _documents;

    /// <summary>Adds an article; returns the story it joined or opened, and the score that decided it (0 for a new story).</summary>
    public (int Story, double Score) Add(StoryFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        _documents++;
        var vector = Vector(features);
        var entities = features.Entities.Select(EntityId).ToArray();
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

            var evidence = k < lookup ? vector[k].Weight : 1f;
            foreach (var story in posting)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(tally, story, out _) += evidence;
            }
        }

        var best = -1;
        var bestScore = double.MinValue;
        foreach (var (story, _) in tally.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(_options.ScoredCandidates))
        {
            var score = Score(_stories[story], vector, entities, features.EventDate);
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
    private double Score(StoryState story, List<(int Id, float Weight)> vector, int[] entities, DateOnly? date)
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
        foreach (var entity in entities)
        {
            if (story.Entities.ContainsKey(entity))
            {
                shared++;
            }
        }

        var smaller = Math.Min(entities.Length, story.Entities.Count);
        var entityScore = smaller == 0 ? 0 : (double)shared / smaller;
        var penalty = date is { } d && story.DistanceInDays(d) > _options.DateWindowDays ? _options.DatePenalty : 0;
        return (_options.ContentWeight * cosine) + (_options.EntityWeight * entityScore) - penalty;
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
        }

        return id;
    }

    private static long TermKey(int id) => id;

    private static long EntityKey(int id) => (1L << 40) | (uint)id;

    /// <summary>A story's running state: the centroid of its members' vectors, its entities and its period.</summary>
    private sealed class StoryState
    {
        public Dictionary<int, float> Centroid { get; } = [];

        public Dictionary<int, int> Entities { get; } = [];

        public double Norm { get; private set; }

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
