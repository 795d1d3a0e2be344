using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Brief;
using Triangulate.Extract;
using Triangulate.Ingest;
using Triangulate.Stories;

namespace Triangulate.Pipeline;

/// <summary>
/// Runs the stages over named inputs. Ingestion streams; extraction runs in parallel with results kept in
/// input order. A stage that fails on one article reports it and the batch goes on.
/// </summary>
public sealed class TriangulateEngine
{
    private readonly InputReader _reader;
    private readonly IArticleExtractor _extractor;
    private readonly IAnnotator _annotator;
    private readonly int _parallelism;
    private readonly NearDuplicateDetector _duplicates;
    private readonly StoryClusterer _stories;

    internal TriangulateEngine(InputReader reader, IArticleExtractor extractor, IAnnotator annotator, int parallelism)
    {
        _reader = reader;
        _extractor = extractor;
        _annotator = annotator;
        _parallelism = parallelism;
        _duplicates = new NearDuplicateDetector(parallelism: parallelism);
        _stories = new StoryClusterer(parallelism: parallelism);
    }

    /// <summary>Creates an engine with the default stages.</summary>
    public static TriangulateEngine Create(TimeProvider? time = null, Func<Stream>? stdin = null, int? parallelism = null) =>
        new(
            new InputReader(time ?? TimeProvider.System, stdin),
            new ArticleExtractor(),
            new LayeredAnnotator(Annotators.Default),
            parallelism ?? Environment.ProcessorCount);

    /// <summary>Ingests and extracts every input, in input order; with <paramref name="annotate"/>, annotates each article too.</summary>
    public IEnumerable<ArticleOutcome> Extract(IEnumerable<string> paths, CancellationToken cancellationToken = default, bool annotate = false) =>
        _reader.Read(paths, cancellationToken)
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, _parallelism))
            .WithCancellation(cancellationToken)
            .Select(item => ExtractOne(item, cancellationToken))
            .Select(outcome => annotate ? AnnotateOne(outcome, cancellationToken) : outcome);

    /// <summary>Ingests, extracts and annotates every input, in input order.</summary>
    public IEnumerable<ArticleOutcome> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        Extract(paths, cancellationToken, annotate: true);

    /// <summary>
    /// Runs every stage over the extracted articles. Clustering takes each article as <paramref name="outcomes"/>
    /// yields it, so with <see cref="Read"/> it runs while later articles are still being read and annotated.
    /// </summary>
    public AnalysisResult Analyze(IEnumerable<ArticleOutcome> outcomes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var skipped = ImmutableArray.CreateBuilder<Skipped>();
        var (clustered, unified) = _stories.Cluster(Annotated(outcomes, skipped, cancellationToken), [], cancellationToken);
        var duplicates = _duplicates.Detect([.. unified.Select(a => a.Article)], cancellationToken);
        var stories = clustered
            .Select(s => s with { Duplicates = StoryClusterer.DuplicatesWithin(s.Articles.ToHashSet(StringComparer.Ordinal), duplicates) })
            .ToImmutableArray();
        var byId = unified.ToDictionary(a => a.Article.Id, StringComparer.Ordinal);
        var briefs = stories
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, _parallelism))
            .WithCancellation(cancellationToken)
            .Select(story => BriefBuilder.Build(story, [.. story.Articles.Select(id => byId[id])]))
            .ToImmutableArray();
        return new AnalysisResult(unified, skipped.ToImmutable(), duplicates, stories, briefs);
    }

    /// <summary>The annotated articles of <paramref name="outcomes"/> with unique ids, in order; the skipped ones go to <paramref name="skipped"/>.</summary>
    private IEnumerable<Annotated> Annotated(IEnumerable<ArticleOutcome> outcomes, ImmutableArray<Skipped>.Builder skipped, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            var annotatedOutcome = outcome.Article is not null && outcome.Annotated is null ? AnnotateOne(outcome, cancellationToken) : outcome;
            if (annotatedOutcome.Skipped is { } skip)
            {
                skipped.Add(skip);
            }
            else if (annotatedOutcome.Annotated is { } annotated)
            {
                yield return UniqueId(annotated, seen);
            }
        }
    }

    private ArticleOutcome AnnotateOne(ArticleOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.Article is not { } article)
        {
            return outcome;
        }

        try
        {
            return outcome with { Annotated = _annotator.Annotate(article, cancellationToken) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ArticleOutcome(null, new Skipped(article.Source, $"annotation failed ({ex.GetType().Name}: {ex.Message})"));
        }
    }

    /// <summary>Ids name articles in every later output, so a repeated id (two records claiming one) gets a suffix and a warning.</summary>
    private static Annotated UniqueId(Annotated item, HashSet<string> seen)
    {
        var article = item.Article;
        var id = article.Id;
        for (var n = 2; !seen.Add(id); n++)
        {
            id = $"{article.Id}~{n}";
        }

        return id == article.Id
            ? item
            : item with { Article = article with { Id = id, Warnings = article.Warnings.Add($"id '{article.Id}' is used by an earlier article; renamed '{id}'") } };
    }

    private ArticleOutcome ExtractOne(IngestItem item, CancellationToken cancellationToken)
    {
        if (item.Skipped is { } skipped)
        {
            return new ArticleOutcome(null, skipped);
        }

        var document = item.Document!;
        try
        {
            var result = _extractor.Extract(document, cancellationToken);
            return result.Succeeded
                ? new ArticleOutcome(result.Article, null)
                : new ArticleOutcome(null, new Skipped(document.Source, result.Error));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ArticleOutcome(null, new Skipped(document.Source, $"extraction failed ({ex.GetType().Name}: {ex.Message})"));
        }
    }
}
