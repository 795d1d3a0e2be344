using System.Runtime.InteropServices;

namespace Triangulate.Stories;

/// <summary>
/// Incremental story clustering: each article joins the best-scoring story among the candidates an inverted
/// index gives for its heaviest words and its entities, or opens a new story. The score combines TF-IDF
/// cosine to the story's centroid, shared canonical entities weighted by rarity (a victim's name is evidence, the
/// state's is hardly any), and the distance between event dates, so the same actors at another time make another
/// story unless the article names a day near one of the story's events.
/// </summary>
public sealed class StoryIndex(StoryClusteringOptions? options = null)
{
    private readonly StoryClusteringOptions _options = options ?? StoryClusteringOptions.Default;
    // Words and entities are kept by a 64-bit hash of their text, with their id and document frequency inline: one probe
    // per word, no string kept or compared, so the cost of a lookup hardly grows with the vocabulary.
    private readonly Dictionary<long, (int Id, int Frequency)> _terms = [];
    private readonly Dictionary<long, (int Id, int Frequency)> _entities = [];
    private readonly Dictionary<long, Queue<int>> _postings = [];
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<int, float> _tally = [];
    private int _documents;

    public int StoryCount => _stories.Count;

    /// <summary>Postings read to find candidates, over all articles added (for the scale benchmark).</summary>
    internal long PostingsRead { get; private set; }

    /// <summary>Candidate stories scored in full, over all articles added (for the scale benchmark).</summary>
    internal long CandidatesScored { get; private set; }

    /// <summary>The candidates the last <see cref="Add"/> scored in full, with their scores (for diagnostics).</summary>
    internal List<(int Story, ScoreParts Parts)> LastScored { get; } = [];

    public int DocumentCount => _documents;

    /// <summary>Adds an article; returns the story it joined or opened, and the score that decided it (0 for a new story).</summary>
    public (int Story, double Score) Add(StoryFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        _documents++;
        var vector = Vector(features);
        // Ids in sorted order: scoring walks them alongside each story's sorted ids.
        var counted = features.Entities.Order(StringComparer.Ordinal).Select(e => Count(_entities, e)).OrderBy(e => e.Id).ToArray();
        var entities = new int[counted.Length];
        var rarity = new float[counted.Length];
        for (var e = 0; e < counted.Length; e++)
        {
            entities[e] = counted[e].Id;
            rarity[e] = (float)(Math.Log((_documents + 1.0) / (counted[e].Frequency + 1.0)) / Math.Log(_documents + 1.0));
        }

        // The vector is sorted heaviest first, so its first words are the lookup terms; each key carries its evidence
        // (the word's weight, the entity's rarity), and the keys are looked up strongest first.
        var lookup = Math.Min(_options.LookupTerms, vector.Count);
        var keys = new (long Key, float Evidence)[lookup + entities.Length];
        for (var k = 0; k < lookup; k++)
        {
            keys[k] = (TermKey(vector[k].Id), vector[k].Weight);
        }

        for (var e = 0; e < entities.Length; e++)
        {
            keys[lookup + e] = (EntityKey(entities[e]), rarity[e]);
        }

        Array.Sort(keys, (a, b) => a.Evidence != b.Evidence ? b.Evidence.CompareTo(a.Evidence) : a.Key.CompareTo(b.Key));

        // Two phases keep the cost per article flat: a cheap tally of the keys each candidate story shares, over at most
        // PostingsPerArticle postings, then the full score for the few with the most evidence.
        _tally.Clear();
        var visited = 0;
        foreach (var (key, evidence) in keys)
        {
            if (visited >= _options.PostingsPerArticle)
            {
                break;
            }

            if (!_postings.TryGetValue(key, out var posting))
            {
                continue;
            }

            visited += posting.Count;
            foreach (var story in posting)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(_tally, story, out _) += evidence;
            }
        }

        var ranked = Strongest(_tally, _options.ScoredCandidates);
        PostingsRead += visited;
        CandidatesScored += ranked.Count;
        var byId = vector.ToArray();
        Array.Sort(byId, (a, b) => a.Id.CompareTo(b.Id));
        var best = -1;
        var bestScore = double.MinValue;
        LastScored.Clear();
        foreach (var story in ranked)
        {
            var parts = Score(_stories[story], byId, entities, rarity, features);
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

        _stories[chosen].Add(byId, entities, features.EventDate, _options.TermsPerStory, _options.EntitiesPerStory);
        foreach (var (key, _) in keys)
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

    /// <summary>The <paramref name="count"/> stories with the most evidence, strongest first (ties: the older story first).</summary>
    private static List<int> Strongest(Dictionary<int, float> tally, int count)
    {
        var top = new List<(int Story, float Evidence)>(count + 1);
        foreach (var (story, evidence) in tally)
        {
            if (top.Count == count && !Stronger(evidence, story, top[^1]))
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && Stronger(evidence, story, top[at - 1]))
            {
                at--;
            }

            top.Insert(at, (story, evidence));
            if (top.Count > count)
            {
                top.RemoveAt(count);
            }
        }

        return top.ConvertAll(t => t.Story);

        static bool Stronger(float evidence, int story, (int Story, float Evidence) than) =>
            evidence > than.Evidence || (evidence == than.Evidence && story < than.Story);
    }

    /// <summary>The score an article would get against a story: weighted content and entity similarity, less a date penalty.</summary>
    private ScoreParts Score(StoryState story, (int Id, float Weight)[] byId, int[] entities, float[] rarity, StoryFeatures features)
    {
        var cosine = story.Norm > 0 ? story.Dot(byId) / story.Norm : 0;
        var (shared, sharedRarity) = story.Shared(entities, rarity);
        var totalRarity = 0.0;
        foreach (var r in rarity)
        {
            totalRarity += r;
        }

        var entityScore = totalRarity == 0 ? 0 : sharedRarity / totalRarity;
        var penalty = features.EventDate is { } d && story.DistanceInDays(d) > _options.DateWindowDays ? _options.DatePenalty : 0;
        if (penalty > 0 && !features.Dates.IsDefault && features.Dates.Any(x => story.DistanceInDays(x) <= _options.DateWindowDays))
        {
            // The text names a day near one of the story's events: a follow-up of it ("arrested Friday in the March 9 shooting").
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
            var (id, frequency) = Count(_terms, term);
            var idf = Math.Log((_documents + 1.0) / (frequency + 1.0)) + 1.0;
            weighted.Add((id, (float)((1 + Math.Log(count)) * idf)));
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

    /// <summary>Counts one more document naming <paramref name="text"/>; returns its id and document frequency.</summary>
    private static (int Id, int Frequency) Count(Dictionary<long, (int Id, int Frequency)> table, string text)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(table, Hash(text), out var exists);
        if (!exists)
        {
            entry.Id = table.Count - 1;
        }

        entry.Frequency++;
        return entry;
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across processes, unlike string hash codes.</summary>
    private static long Hash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }

    private static long TermKey(int id) => id;

    private static long EntityKey(int id) => (1L << 40) | (uint)id;

    /// <summary>A score and what it is made of (for diagnostics).</summary>
    internal readonly record struct ScoreParts(double Total, double Cosine, int SharedEntities, double EntityScore, double Penalty, int StorySize)
    {
        public override string ToString() => FormattableString.Invariant(
            $"{Total:0.00} = cos {Cosine:0.00}, entities {SharedEntities} shared {EntityScore:0.00}, penalty {Penalty:0.0}; story of {StorySize}");
    }

    /// <summary>
    /// A story's running state: the centroid of its members' vectors and the entities they name, each as arrays sorted by
    /// id and bounded in length (an article is scored against them in one pass), and its members' event days.
    /// </summary>
    private sealed class StoryState
    {
        private int[] _terms = [];
        private float[] _weights = [];
        private int[] _entities = [];
        private int[] _mentions = [];
        private readonly List<int> _days = [];

        public double Norm { get; private set; }

        public int Size { get; private set; }

        /// <summary>The dot product of the centroid with a vector sorted by id.</summary>
        public double Dot((int Id, float Weight)[] byId)
        {
            var terms = _terms;
            double dot = 0;
            for (int i = 0, j = 0; i < byId.Length && j < terms.Length;)
            {
                var (a, b) = (byId[i].Id, terms[j]);
                if (a == b)
                {
                    dot += byId[i++].Weight * _weights[j++];
                }
                else if (a < b)
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return dot;
        }

        /// <summary>How many of the entities (sorted ids) the story names, and the sum of their rarities.</summary>
        public (int Count, double Rarity) Shared(int[] entities, float[] rarity)
        {
            var mine = _entities;
            var (count, sum) = (0, 0.0);
            for (int i = 0, j = 0; i < entities.Length && j < mine.Length;)
            {
                if (entities[i] == mine[j])
                {
                    count++;
                    sum += rarity[i++];
                    j++;
                }
                else if (entities[i] < mine[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return (count, sum);
        }

        public void Add((int Id, float Weight)[] byId, int[] entities, DateOnly? date, int keepTerms, int keepEntities)
        {
            (_terms, _weights) = Merge(_terms, _weights, byId.Select(t => t.Id).ToArray(), byId.Select(t => t.Weight).ToArray(), keepTerms);
            var norm = 0.0;
            foreach (var w in _weights)
            {
                norm += (double)w * w;
            }

            Norm = Math.Sqrt(norm);
            (_entities, _mentions) = Merge(_entities, _mentions, entities, [.. entities.Select(_ => 1)], keepEntities);
            Size++;
            if (date is { } d)
            {
                var at = _days.BinarySearch(d.DayNumber);
                if (at < 0)
                {
                    _days.Insert(~at, d.DayNumber);
                }
            }
        }

        /// <summary>
        /// Adds the values of two id-sorted lists; when the result holds more than twice <paramref name="keep"/> ids, keeps the
        /// <paramref name="keep"/> with the largest values (so trimming happens once in a while, not on every add).
        /// </summary>
        private static (int[] Ids, T[] Values) Merge<T>(int[] ids, T[] values, int[] addIds, T[] addValues, int keep)
            where T : struct, System.Numerics.INumber<T>
        {
            var outIds = new int[ids.Length + addIds.Length];
            var outValues = new T[outIds.Length];
            var n = 0;
            int i = 0, j = 0;
            while (i < ids.Length || j < addIds.Length)
            {
                if (j == addIds.Length || (i < ids.Length && ids[i] < addIds[j]))
                {
                    (outIds[n], outValues[n++]) = (ids[i], values[i++]);
                }
                else if (i == ids.Length || addIds[j] < ids[i])
                {
                    (outIds[n], outValues[n++]) = (addIds[j], addValues[j++]);
                }
                else
                {
                    (outIds[n], outValues[n++]) = (ids[i], values[i++] + addValues[j++]);
                }
            }

            if (n > keep * 2)
            {
                var order = Enumerable.Range(0, n)
                    .OrderByDescending(k => outValues[k]).ThenBy(k => outIds[k])
                    .Take(keep).Order().ToArray();
                return ([.. order.Select(k => outIds[k])], [.. order.Select(k => outValues[k])]);
            }

            return (outIds[..n], outValues[..n]);
        }

        /// <summary>
        /// Days between a date and the nearest event day of the story's members (0 when the story has no dates). The
        /// nearest member, not the story's whole period: a story that took in a follow-up months later does not thereby
        /// cover every day in between, so unrelated events of those months are not drawn into it one by one.
        /// </summary>
        public int DistanceInDays(DateOnly date)
        {
            if (_days.Count == 0)
            {
                return 0;
            }

            var day = date.DayNumber;
            var at = _days.BinarySearch(day);
            if (at >= 0)
            {
                return 0;
            }

            at = ~at;
            var after = at < _days.Count ? _days[at] - day : int.MaxValue;
            var before = at > 0 ? day - _days[at - 1] : int.MaxValue;
            return Math.Min(after, before);
        }
    }
}
