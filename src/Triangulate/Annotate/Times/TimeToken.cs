namespace Triangulate.Annotate.Times;

/// <summary>What a token of the time recognizer's own light tokenization is.</summary>
internal enum TimeTokenKind : byte
{
    Word,
    Number,
    Symbol,
}

/// <summary>
/// A token: a run of letters, a run of digits (with inner separators, "2,000", "14:00", "11/15/2023"),
/// or one other character. <see cref="Value"/> is the integer value of a plain digit run, else -1.
/// </summary>
internal readonly record struct TimeToken(int Start, int Length, TimeTokenKind Kind, bool SpaceBefore, int Value, TimeWord? Word)
{
    public int End => Start + Length;

    /// <summary>Splits <paramref name="text"/> into tokens, looking each word up in the lexicon once.</summary>
    public static void Tokenize(string text, TimeLexicon lexicon, List<TimeToken> tokens) =>
        Tokenize(text, 0, text.Length, lexicon, tokens);

    /// <summary>Splits <c>text[start..end]</c> into tokens whose offsets are into the whole text.</summary>
    public static void Tokenize(string text, int start, int end, TimeLexicon lexicon, List<TimeToken> tokens)
    {
        var i = start;
        var space = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                i++;
                continue;
            }

            var first = i;
            if (char.IsLetter(c))
            {
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new TimeToken(first, i - first, TimeTokenKind.Word, space, -1, lexicon.Find(text.AsSpan(first, i - first))));
            }
            else if (char.IsAsciiDigit(c))
            {
                var plain = true;
                i++;
                while (i < end)
                {
                    var d = text[i];
                    if (char.IsAsciiDigit(d))
                    {
                        i++;
                    }
                    else if (d is ',' or ':' or '/' or '.' or '-' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))
                    {
                        plain = false;
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                var value = -1;
                if (plain && i - first <= 9)
                {
                    value = 0;
                    for (var k = first; k < i; k++)
                    {
                        value = (value * 10) + (text[k] - '0');
                    }
                }

                tokens.Add(new TimeToken(first, i - first, TimeTokenKind.Number, space, value, null));
            }
            else
            {
                i++;
                var word = c is '\'' or '\u2019' ? lexicon.Find("'") : null;
                tokens.Add(new TimeToken(first, 1, TimeTokenKind.Symbol, space, -1, word));
            }

            space = false;
        }
    }
}
