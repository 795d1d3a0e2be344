using System.Collections.Immutable;
using Triangulate.Annotate.Attributions;
using Triangulate.Annotate.Quantities;
using Triangulate.Annotate.Quotes;
using Triangulate.Annotate.Times;
using Triangulate.Extract;

namespace Triangulate.Annotate;

/// <summary>
/// The whole language layer: sentences, tokens and entities from the inner annotator, then time expressions,
/// figures per sentence, quotes and attributions, with speakers and sources tied to the canonical entities.
/// </summary>
internal sealed class LayeredAnnotator(IAnnotator entities) : IAnnotator
{
    private readonly QuantityRecognizer _quantities = new();
    private readonly QuoteRecognizer _quotes = new();
    private readonly AttributionRecognizer _attributions = new();
    private readonly TimeExpressionRecognizer _times = new();

    private static readonly System.Collections.Frozen.FrozenSet<string> Pronouns =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(Lexical.Lexicon.Words("quotes/quote-word-classes.tsv", "pronouns"), StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public Annotated Annotate(Article article, CancellationToken cancellationToken)
    {
        var annotated = entities.Annotate(article, cancellationToken);
        var body = article.Body;
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var sentence in annotated.Sentences)
        {
            quantities.AddRange(_quantities.Recognize(body, sentence.Start, sentence.End, cancellationToken));
        }

        var quotes = _quotes.Recognize(article, cancellationToken)
            .Select(q => q with
            {
                Speaker = CanonicalAt(body, annotated.Entities, q.SpeakerStart, q.SpeakerLength)
                    ?? (IsPronounAt(body, q.SpeakerStart, q.SpeakerLength) ? PersonBefore(article, annotated.Entities, q.Start) : null)
                    ?? CanonicalNamed(annotated.Entities, q.Speaker)
                    ?? q.Speaker,
            })
            .ToImmutableArray();
        var attributions = _attributions.Recognize(body, cancellationToken)
            .Select(a => a with { Source = CanonicalAt(body, annotated.Entities, a.SourceStart, a.SourceLength) ?? a.Source })
            .ToImmutableArray();
        var times = _times.Recognize(body, article.Published?.Date, cancellationToken).ToImmutableArray();
        var figures = PastEvents.Mark(body, ShotOutcomes.Resolve(body, quantities.ToImmutable()), annotated.Sentences, times, article.Published?.Date);
        return annotated with { Times = times, Quantities = figures, Quotes = quotes, Attributions = attributions };
    }

    /// <summary>The canonical name of the entity mention inside a span, preferring people.</summary>
    private static string? CanonicalAt(string body, ImmutableArray<EntityMention> entities, int start, int length)
    {
        if (start < 0)
        {
            return null;
        }

        var end = start + length;
        // A title cut at its period ("Dr" of "Dr. Lina Oduya") reaches the name that follows it.
        if (length > 0 && end + 2 < body.Length && body[end] == '.' && body[end + 1] == ' ')
        {
            end += 3;
        }

        EntityMention? best = null;
        foreach (var entity in entities)
        {
            if (entity.Start >= end)
            {
                break;
            }

            if (entity.End > start && (best is null || (entity.Type == EntityType.Person && best.Type != EntityType.Person)))
            {
                best = entity;
            }
        }

        return best?.Canonical;
    }

    /// <summary>True when the speaker mention is a pronoun ("he told reporters").</summary>
    private static bool IsPronounAt(string body, int start, int length) =>
        start >= 0 && length > 0 && Pronouns.Contains(body.Substring(start, length));

    /// <summary>
    /// The person a pronoun speaker stands for: the last person named before the quote, in its paragraph or the one
    /// before ("Mayor Ana Ortiz said the hall would stay open. "We will rebuild," she said.").
    /// </summary>
    private static string? PersonBefore(Article article, ImmutableArray<EntityMention> entities, int offset)
    {
        var paragraph = article.Paragraphs.LastOrDefault(p => p.Start <= offset);
        var previous = article.Paragraphs.LastOrDefault(p => p.End < paragraph.Start);
        var from = previous.Length > 0 ? previous.Start : paragraph.Start;
        string? found = null;
        foreach (var entity in entities)
        {
            if (entity.Start >= offset)
            {
                break;
            }

            if (entity.Type == EntityType.Person && entity.Start >= from)
            {
                found = entity.Canonical;
            }
        }

        return found;
    }

    /// <summary>The canonical name of a speaker given by name only (a pronoun resolved to an earlier speaker).</summary>
    private static string? CanonicalNamed(ImmutableArray<EntityMention> entities, string? name)
    {
        if (name is null)
        {
            return null;
        }

        foreach (var entity in entities)
        {
            if (string.Equals(entity.Text, name, StringComparison.Ordinal) || name.EndsWith(" " + entity.Text, StringComparison.Ordinal))
            {
                return entity.Canonical;
            }
        }

        return null;
    }
}
