using System.Collections.Immutable;
using Triangulate.Annotate;

namespace Triangulate.Stories;

/// <summary>Groups a batch of annotated articles into stories, through the incremental <see cref="StoryIndex"/>.</summary>
/// <param name="options">The tuned settings.</param>
/// <param name="parallelism">Threads that unify each story's names; the index is filled in input order on one.</param>
public sealed class StoryClusterer(StoryClusteringOptions? options = null, int parallelism = 1)
{
    /// <summary>Most entities and places listed per story.</summary>
    public const int MaxListedEntities = 8;

    /// <summary>
    /// Clusters the articles in input order, one at a time as <paramref name="input"/> yields them (so clustering runs
    /// while later articles are still being read); <paramref name="duplicates"/> are attached to the stories holding
    /// them. Returns the stories and the articles with canonical names unified across each story.
    /// </summary>
    public (ImmutableArray<Story> Stories, ImmutableArray<Annotated> Articles) Cluster(IEnumerable<Annotated> input, ImmutableArray<DuplicateGroup> duplicates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var index = new StoryIndex(options);
        var received = new List<Annotated>();
        var features = new List<StoryFeatures>();
        var members = new List<List<int>>();
        foreach (var article in input)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var feature = StoryFeatures.From(article);
            var story = index.Add(feature).Story;
            if (story == members.Count)
            {
                members.Add([]);
            }

            members[story].Add(received.Count);
            received.Add(article);
            features.Add(feature);
        }

        var articles = received.ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };

        // Each article belongs to one story, so stories can be unified side by side.
        Parallel.ForEach(members.Where(m => m.Count > 1), parallel, story =>
        {
            var unified = StoryCanonicalizer.Unify([.. story.Select(i => articles[i])]);
            for (var k = 0; k < story.Count; k++)
            {
                articles[story[k]] = Renamed(articles[story[k]], unified[k]);
            }
        });

        var stories = ImmutableArray.CreateBuilder<Story>(members.Count);
        for (var s = 0; s < members.Count; s++)
        {
            var ids = members[s].Select(i => articles[i].Article.Id).ToImmutableArray();
            var idSet = ids.ToHashSet(StringComparer.Ordinal);
            var dates = members[s].Select(i => features[i].EventDate).OfType<DateOnly>().ToList();
            var entities = members[s]
                .SelectMany(i => articles[i].Entities.Select(e => (e.Canonical, e.Type)).Distinct())
                .GroupBy(e => e)
                .Select(g => new StoryEntity(g.Key.Canonical, g.Key.Type.Label(), g.Count()))
                .OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.Ordinal)
                .ToList();
            stories.Add(new Story(
                $"s{s + 1}",
                Title(articles, features, members[s]),
                dates.Count == 0 ? null : dates.Min(),
                dates.Count == 0 ? null : dates.Max(),
                ids,
                DuplicatesWithin(idSet, duplicates),
                [.. entities.Where(e => e.Type is "PER" or "ORG").Take(MaxListedEntities)],
                [.. entities.Where(e => e.Type == "LOC").Take(MaxListedEntities)]));
        }

        return (stories.MoveToImmutable(), [.. articles]);
    }

    /// <summary>The near-duplicate groups, cut down to a story's members (groups left with one member dropped).</summary>
    public static ImmutableArray<ImmutableArray<string>> DuplicatesWithin(IReadOnlySet<string> members, IEnumerable<DuplicateGroup> duplicates)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(duplicates);
        return [.. duplicates.Select(g => g.Articles.Where(members.Contains).ToImmutableArray()).Where(g => g.Length > 1)];
    }

    /// <summary>Carries the story-wide names of <paramref name="unified"/> over to the quotes' speakers and the attributions' sources.</summary>
    private static Annotated Renamed(Annotated before, Annotated unified)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < before.Entities.Length; i++)
        {
            if (before.Entities[i].Canonical != unified.Entities[i].Canonical)
            {
                renames.TryAdd(before.Entities[i].Canonical, unified.Entities[i].Canonical);
            }
        }

        if (renames.Count == 0)
        {
            return unified;
        }

        return unified with
        {
            Quotes = [.. unified.Quotes.Select(q => q.Speaker is { } s && renames.TryGetValue(s, out var name) ? q with { Speaker = name } : q)],
            Attributions = [.. unified.Attributions.Select(a => renames.TryGetValue(a.Source, out var name) ? a with { Source = name } : a)],
        };
    }

    /// <summary>The headline of the member whose words are most like the whole story's, else its first sentence.</summary>
    private static string Title(Annotated[] articles, IReadOnlyList<StoryFeatures> features, List<int> members)
    {
        var total = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var i in members)
        {
            foreach (var (term, count) in features[i].Terms)
            {
                total[term] = total.GetValueOrDefault(term) + count;
            }
        }

        var best = members.MaxBy(i => Cosine(features[i].Terms, total) + (articles[i].Article.Title is null ? 0 : 1));
        var article = articles[best].Article;
        if (article.Title is { } title)
        {
            return title;
        }

        var first = articles[best].Sentences.FirstOrDefault();
        return first.Length > 0 ? article.Body.Substring(first.Start, first.Length) : article.Id;
    }

    private static double Cosine(IReadOnlyDictionary<string, float> a, Dictionary<string, double> b)
    {
        double dot = 0, na = 0, nb = 0;
        foreach (var (term, w) in a)
        {
            na += w * w;
            if (b.TryGetValue(term, out var x))
            {
                dot += w * x;
            }
        }

        foreach (var x in b.Values)
        {
            nb += x * x;
        }

        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
