using Triangulate.Extract;

namespace Triangulate.Lexical;

/// <summary>
/// Splits a body into sentences over its tokens. Paragraph and heading lines are always boundaries; a period,
/// question or exclamation mark ends a sentence unless it belongs to an abbreviation or an initial, or what
/// follows cannot open a sentence. Closing quotes and brackets stay with the sentence they close.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Tokenises and splits <paramref name="body"/>; <paramref name="paragraphs"/> empty means one paragraph.</summary>
    public static (List<TextSpan> Sentences, List<TextSpan> Tokens) Split(string body, IReadOnlyList<TextSpan> paragraphs)
    {
        var sentences = new List<TextSpan>();
        var tokens = new List<TextSpan>(body.Length / 5);
        if (paragraphs.Count == 0)
        {
            SplitParagraph(body, 0, body.Length, sentences, tokens);
        }
        else
        {
            foreach (var paragraph in paragraphs)
            {
                SplitParagraph(body, paragraph.Start, paragraph.End, sentences, tokens);
            }
        }

        return (sentences, tokens);
    }

    /// <summary>Splits one stretch of text, appending its sentences and tokens.</summary>
    public static void SplitParagraph(string text, int start, int end, List<TextSpan> sentences, List<TextSpan> tokens)
    {
        var lineStart = start;
        while (lineStart < end)
        {
            var lineEnd = LineBlockEnd(text, lineStart, end);
            var first = tokens.Count;
            Tokenizer.Tokenize(text, lineStart, lineEnd, tokens);
            SplitTokens(text, tokens, first, tokens.Count, sentences);
            lineStart = lineEnd;
        }
    }

    /// <summary>
    /// The end of the run of lines starting at <paramref name="start"/> that belong together: a line break ends
    /// the run when the line is a heading or list item, or the next one starts a list item.
    /// </summary>
    private static int LineBlockEnd(string text, int start, int end)
    {
        var lineStart = start;
        while (true)
        {
            var newline = text.IndexOf('\n', lineStart, end - lineStart);
            if (newline < 0)
            {
                return end;
            }

            var line = text.AsSpan(lineStart, newline - lineStart).Trim();
            var next = text.AsSpan(newline + 1, end - newline - 1).TrimStart();
            if (line.Length > 0 && (IsStandaloneLine(line) || StartsListItem(next) || EndsSentence(line)))
            {
                return newline + 1;
            }

            lineStart = newline + 1;
        }
    }

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimEnd("\"'\u201D\u2019)]");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '\u2026' or ':';
    }

    private static bool IsStandaloneLine(ReadOnlySpan<char> line)
    {
        if (StartsListItem(line))
        {
            return true;
        }

        var last = line[^1];
        if (last is ',' or ';' or '-' or '(' || char.IsLower(last) && line.Length > 60)
        {
            return false;
        }

        return IsAllCaps(line) || line.Length <= 80;
    }

    private static bool StartsListItem(ReadOnlySpan<char> line) =>
        line.Length > 1 && (line[0] is '-' or '*' or '\u2022' or '\u25CF' or '\u2013' && line[1] == ' '
            || char.IsDigit(line[0]) && line.IndexOfAny('.', ')') is > 0 and < 3 && line.Length > 3 && line[line.IndexOfAny('.', ')') + 1] == ' ');

    /// <summary>True when the text has letters and none of them is lower case.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters > 1;
    }

    private static void SplitTokens(string text, List<TextSpan> tokens, int first, int end, List<TextSpan> sentences)
    {
        var lexicons = TextLexicons.Default;
        var sentenceStart = first;
        var openStraightQuote = false;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i].Of(text);
            if (token is "\"")
            {
                openStraightQuote = !openStraightQuote;
                continue;
            }

            if (!IsTerminal(token, lexicons, out var abbreviation))
            {
                continue;
            }

            // Closing quotes and brackets after the mark belong to this sentence.
            var last = i;
            while (last + 1 < end && IsCloser(tokens[last + 1].Of(text), ref openStraightQuote))
            {
                last++;
            }

            if (last + 1 >= end)
            {
                break;
            }

            var next = tokens[last + 1].Of(text);
            if (StartsSentence(text, tokens, last + 1, end, next, abbreviation, lexicons))
            {
                AddSentence(tokens, sentenceStart, last, sentences);
                sentenceStart = last + 1;
                openStraightQuote = false;
            }

            i = last;
        }

        if (sentenceStart < end)
        {
            AddSentence(tokens, sentenceStart, end - 1, sentences);
        }
    }

    private static void AddSentence(List<TextSpan> tokens, int first, int last, List<TextSpan> sentences)
    {
        var start = tokens[first].Start;
        sentences.Add(new TextSpan(start, tokens[last].End - start));
    }

    private enum Abbreviation
    {
        None,
        Ambiguous,
        Title,
    }

    private static bool IsTerminal(ReadOnlySpan<char> token, TextLexicons lexicons, out Abbreviation abbreviation)
    {
        abbreviation = Abbreviation.None;
        if (token.Length == 0)
        {
            return false;
        }

        var last = token[^1];
        if (token.Length > 1 && last == '.' && char.IsLetter(token[0]))
        {
            if (lexicons.Titles.Contains(token) || token.Length == 2 && char.IsUpper(token[0]))
            {
                abbreviation = Abbreviation.Title;
            }
            else
            {
                abbreviation = Abbreviation.Ambiguous;
            }

            return true;
        }

        return token[0] is '.' or '!' or '?' or '\u2026' && (token.Length == 1 || token[1] == token[0] || token[0] == '.');
    }

    private static bool IsCloser(ReadOnlySpan<char> token, ref bool openStraightQuote)
    {
        if (token is "\u201D" or "\u2019" or ")" or "]" or "'")
        {
            return true;
        }

        if (token is "\"" && openStraightQuote)
        {
            openStraightQuote = false;
            return true;
        }

        return false;
    }

    private static bool StartsSentence(string text, List<TextSpan> tokens, int index, int end, ReadOnlySpan<char> next, Abbreviation abbreviation, TextLexicons lexicons)
    {
        if (abbreviation == Abbreviation.Title)
        {
            return false;
        }

        var first = next[0];
        if (first is '"' or '\u201C' or '\u2018' or '(' or '[' or '\'')
        {
            // An opening quote: look at the word inside it.
            if (abbreviation == Abbreviation.Ambiguous)
            {
                return true;
            }

            if (index + 1 >= end)
            {
                return true;
            }

            first = tokens[index + 1].Of(text)[0];
        }

        if (abbreviation == Abbreviation.Ambiguous)
        {
            return lexicons.Starters.Contains(next);
        }

        return char.IsUpper(first) || char.IsDigit(first) || !char.IsLetter(first) && first is not (',' or ';' or ':' or ')' or '-');
    }
}
