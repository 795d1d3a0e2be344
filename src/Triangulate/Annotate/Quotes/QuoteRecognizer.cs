using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Quotes;

/// <summary>
/// Finds quotations in an article body and who said them: "X said", "said X", "X told Y", a colon
/// before the quote, quotes interrupted by their attribution, and quotes continued from a speaker named
/// earlier. Straight and curly double quotes are read; a quote left open at a paragraph's end continues
/// into the next paragraph, as news style has it.
/// </summary>
internal sealed class QuoteRecognizer
{
    /// <summary>Words a quoted span needs to count as a quote rather than a quoted term.</summary>
    public const int MinimumWords = 2;

    /// <summary>How many words a speaker mention may have ("Foreign Minister Mary J. Okafor").</summary>
    private const int MaxSpeakerWords = 8;

    private static readonly Lazy<FrozenSet<string>> SpeechVerbs = new(() => Lexicon.Entries("quotes/speech-verbs.tsv").ToFrozenSet());

    private static readonly FrozenSet<string> Pronouns = Lexicon.Words("quotes/quote-word-classes.tsv", "pronouns").ToFrozenSet();

    private static readonly FrozenSet<string> SpeakerStops = Lexicon.Words("quotes/quote-word-classes.tsv", "speaker-stops").ToFrozenSet();

    /// <summary>The quotes in <paramref name="article"/>'s body, in text order.</summary>
    public ImmutableArray<Quote> Recognize(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = article.Body;
        var spans = FindQuotedSpans(article);
        var quotes = ImmutableArray.CreateBuilder<Quote>(spans.Count);
        string? lastSpeaker = null;
        var lastParagraph = -1;
        for (var q = 0; q < spans.Count; q++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end, paragraph, closed) = spans[q];
            var text = body[start..end].Trim();
            if (CountWords(text) < MinimumWords)
            {
                continue;
            }

            var paragraphSpan = article.Paragraphs[paragraph];
            var (speaker, speakerStart, speakerLength) = SpeakerAfter(body, end + (closed ? 1 : 0), paragraphSpan.End);
            if (speaker is null)
            {
                (speaker, speakerStart, speakerLength) = SpeakerBefore(body, paragraphSpan.Start, start - 1);
            }

            // An interrupted quote: "A," she said, "B." takes the speaker of its first half.
            if (speaker is null && quotes.Count > 0 && quotes[^1].Speaker is { } previous && paragraph == lastParagraph
                && body.AsSpan(quotes[^1].End, Math.Max(0, start - quotes[^1].End)).Trim().Length < 60)
            {
                (speaker, speakerStart, speakerLength) = (previous, quotes[^1].SpeakerStart, quotes[^1].SpeakerLength);
            }

            // A paragraph that is all quote continues the last speaker.
            if (speaker is null && lastSpeaker is not null && start - 1 <= paragraphSpan.Start + 1 && paragraph <= lastParagraph + 1)
            {
                speaker = lastSpeaker;
            }

            if (speaker is not null && Pronouns.Contains(speaker.ToLowerInvariant()))
            {
                speaker = lastSpeaker ?? speaker;
            }

            if (speaker is not null && !Pronouns.Contains(speaker.ToLowerInvariant()))
            {
                lastSpeaker = speaker;
                lastParagraph = paragraph;
            }

            var partial = start - 1 > paragraphSpan.Start && char.IsLetterOrDigit(PreviousNonSpace(body, start - 2)) && !EndsSentence(text);
            var offset = body.IndexOf(text, start, StringComparison.Ordinal);
            quotes.Add(new Quote(offset, text.Length, text, speaker, speakerStart, speakerLength, Normalize(text), partial));
        }

        return quotes.ToImmutable();
    }

    /// <summary>Lower case letters and digits separated by single spaces.</summary>
    public static string Normalize(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '’'))
            {
                space = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>Quoted spans (start, end exclusive of marks, paragraph index, whether a closing mark ended it).</summary>
    private static List<(int Start, int End, int Paragraph, bool Closed)> FindQuotedSpans(Article article)
    {
        var body = article.Body;
        var result = new List<(int, int, int, bool)>();
        for (var p = 0; p < article.Paragraphs.Length; p++)
        {
            var span = article.Paragraphs[p];
            var open = -1;
            for (var i = span.Start; i < span.End; i++)
            {
                var c = body[i];
                var opens = c == '“' || (c == '"' && open < 0);
                var closes = c == '”' || (c == '"' && open >= 0);
                if (closes && open >= 0)
                {
                    result.Add((open + 1, i, p, true));
                    open = -1;
                }
                else if (opens && open < 0)
                {
                    open = i;
                }
            }

            if (open >= 0)
            {
                // Open at the paragraph's end: the quote runs on into the next paragraph.
                result.Add((open + 1, span.End, p, false));
            }
        }

        return result;
    }

    /// <summary>"…," said X. / "…," X said. / "…," X told reporters.</summary>
    private static (string? Speaker, int Start, int Length) SpeakerAfter(string body, int from, int limit)
    {
        var words = Words(body, from, Math.Min(limit, from + 160), stopAtSentenceEnd: true);
        if (words.Count == 0)
        {
            return (null, -1, 0);
        }

        // "said X"
        if (SpeechVerbs.Value.Contains(words[0].Lower))
        {
            var speakerWords = new List<WordAt>();
            foreach (var word in words.Skip(1))
            {
                if (SpeakerStops.Contains(word.Lower) || speakerWords.Count == MaxSpeakerWords)
                {
                    break;
                }

                speakerWords.Add(word);
                if (word.EndsClause)
                {
                    break;
                }
            }

            return Span(body, speakerWords);
        }

        // "X said", with adverbs between: "Ortiz firmly said"
        for (var v = 1; v < words.Count && v <= MaxSpeakerWords; v++)
        {
            if (SpeechVerbs.Value.Contains(words[v].Lower))
            {
                var subject = words.Take(v).Where(w => !w.Lower.EndsWith("ly", StringComparison.Ordinal) || char.IsUpper(w.Text[0])).ToList();
                return subject.Any(w => w.EndsClause && w != subject[^1]) ? (null, -1, 0) : Span(body, subject);
            }

            if (words[v - 1].EndsClause)
            {
                break;
            }
        }

        return (null, -1, 0);
    }

    /// <summary>X said: "…" / X said, "…" / According to X, "…".</summary>
    private static (string? Speaker, int Start, int Length) SpeakerBefore(string body, int paragraphStart, int quoteMark)
    {
        var sentenceStart = SentenceStart(body, paragraphStart, quoteMark);
        var words = Words(body, sentenceStart, quoteMark, stopAtSentenceEnd: false);
        for (var v = words.Count - 1; v >= 0 && v >= words.Count - 4; v--)
        {
            if (!SpeechVerbs.Value.Contains(words[v].Lower))
            {
                continue;
            }

            var subject = new List<WordAt>();
            for (var k = v - 1; k >= 0 && subject.Count < MaxSpeakerWords; k--)
            {
                if (words[k].EndsClause || SpeakerStops.Contains(words[k].Lower))
                {
                    break;
                }

                if (words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && !char.IsUpper(words[k].Text[0]) && subject.Count == 0)
                {
                    continue;
                }

                subject.Insert(0, words[k]);
            }

            return Span(body, subject);
        }

        return (null, -1, 0);
    }

    private static (string? Speaker, int Start, int Length) Span(string body, List<WordAt> words)
    {
        if (words.Count == 0)
        {
            return (null, -1, 0);
        }

        var start = words[0].Start;
        var end = words[^1].Start + words[^1].Text.Length;
        var text = body[start..end].TrimEnd(',', '.', ';', ':');
        return (text, start, text.Length);
    }

    private readonly record struct WordAt(int Start, string Text, bool EndsClause)
    {
        public string Lower => Text.ToLowerInvariant();
    }

    /// <summary>Words between two offsets, each marked when a comma or stop follows it.</summary>
    private static List<WordAt> Words(string body, int from, int to, bool stopAtSentenceEnd)
    {
        var words = new List<WordAt>();
        var i = Math.Max(0, from);
        while (i < to)
        {
            while (i < to && !char.IsLetterOrDigit(body[i]))
            {
                if (stopAtSentenceEnd && body[i] is '.' or '!' or '?' or '“' or '"' or '\n' && words.Count > 0)
                {
                    return words;
                }

                i++;
            }

            var start = i;
            while (i < to && (char.IsLetterOrDigit(body[i]) || (body[i] is '.' or '\'' or '’' or '-' && i + 1 < to && char.IsLetter(body[i + 1]))))
            {
                i++;
            }

            if (i > start)
            {
                var text = body[start..i];
                // Keep initials and abbreviations ("J.", "U.S.") whole.
                if (i < to && body[i] == '.' && (text.Length == 1 || text.Contains('.', StringComparison.Ordinal)))
                {
                    text += ".";
                    i++;
                }

                var next = i < to ? body[i] : ' ';
                words.Add(new WordAt(start, text, next is ',' or ';' or ':' or '(' or ')'));
            }
        }

        return words;
    }

    private static int SentenceStart(string body, int paragraphStart, int position)
    {
        for (var i = position - 1; i > paragraphStart; i--)
        {
            if (body[i] is '.' or '!' or '?' && i + 1 < body.Length && char.IsWhiteSpace(body[i + 1]) && i > 1 && !char.IsUpper(body[i - 1]))
            {
                return i + 1;
            }
        }

        return paragraphStart;
    }

    private static char PreviousNonSpace(string body, int i)
    {
        while (i >= 0 && char.IsWhiteSpace(body[i]))
        {
            i--;
        }

        return i >= 0 ? body[i] : ' ';
    }

    private static bool EndsSentence(string text) => text.Length > 0 && text[^1] is '.' or '!' or '?' or ',';

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }
}
