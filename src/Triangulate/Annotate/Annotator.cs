using System.Collections.Immutable;
using Triangulate.Annotate.Ner;
using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Annotate;

/// <summary>Sentences and tokens from the splitter, entities from the shipped tagger, canonical names per article.</summary>
internal sealed class Annotator : IAnnotator
{
    private readonly INerWeights _model;

    /// <summary>Uses the shipped model.</summary>
    public Annotator()
        : this(null)
    {
    }

    /// <summary>Uses the given weights (tests and training).</summary>
    public Annotator(INerWeights? model) => _model = model ?? NerModel.Default;

    /// <inheritdoc/>
    public Annotated Annotate(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body;
        var (sentences, tokens) = SentenceSplitter.Split(body, article.Paragraphs);
        var tokenArray = tokens.ToArray();
        var ranges = TokenRanges(sentences, tokenArray);

        var context = new DocumentContext();
        foreach (var (first, count) in ranges)
        {
            context.Add(body, tokenArray.AsSpan(first, count));
        }

        var decoder = new NerDecoder();
        decoder.StartDocument();
        var tags = new int[64];
        var spans = new List<(int First, int Count, EntityType Type)>();
        var found = new List<RawMention>();
        foreach (var (first, count) in ranges)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (count == 0)
            {
                continue;
            }

            if (tags.Length < count)
            {
                tags = new int[count * 2];
            }

            decoder.Tag(body, tokenArray.AsSpan(first, count), context, _model, tags);
            spans.Clear();
            NerDecoder.Spans(tags.AsSpan(0, count), spans);
            foreach (var span in spans)
            {
                var length = span.Type == EntityType.Person ? NameLength(body, tokenArray, first + span.First, span.Count) : span.Count;
                if (length > 0)
                {
                    found.Add(new RawMention(first + span.First, length, span.Type, first, first + count));
                }
            }
        }

        var entities = EntityCanonicalizer.Resolve(body, tokenArray, ranges, found);
        return new Annotated
        {
            Article = article,
            Sentences = [.. sentences],
            Tokens = ImmutableArray.Create(tokenArray),
            Entities = entities,
        };
    }

    /// <summary>
    /// A person's name ends before its first lower-case word that is no name particle: the tagger sometimes runs
    /// on into the verb ("Biden has consistently expressed"), and a name does not hold such words.
    /// </summary>
    private static int NameLength(string body, TextSpan[] tokens, int first, int count)
    {
        for (var k = 0; k < count; k++)
        {
            var token = tokens[first + k];
            var c = body[token.Start];
            if (char.IsLower(c) && !NameParticles.Contains(body.Substring(token.Start, token.Length)))
            {
                return k;
            }
        }

        return count;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> NameParticles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["de", "da", "di", "del", "della", "der", "den", "van", "von", "bin", "bint", "ibn", "al", "el", "la", "le", "du", "dos", "das", "y", "ben", "ter", "zu", "'s", "’s", "-"]);

    /// <summary>For each sentence, its first token and token count.</summary>
    private static List<(int First, int Count)> TokenRanges(List<TextSpan> sentences, TextSpan[] tokens)
    {
        var ranges = new List<(int, int)>(sentences.Count);
        var t = 0;
        foreach (var sentence in sentences)
        {
            while (t < tokens.Length && tokens[t].Start < sentence.Start)
            {
                t++;
            }

            var first = t;
            while (t < tokens.Length && tokens[t].End <= sentence.End)
            {
                t++;
            }

            ranges.Add((first, t - first));
        }

        return ranges;
    }
}

/// <summary>An entity found by the tagger: its tokens and type, and the token range of its sentence.</summary>
internal readonly record struct RawMention(int First, int Count, EntityType Type, int SentenceFirst, int SentenceEnd)
{
    /// <summary>One past the last token.</summary>
    public int End => First + Count;
}
