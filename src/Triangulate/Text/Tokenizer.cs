using System.Globalization;
using Triangulate.Extract;

namespace Triangulate.Lexical;

/// <summary>
/// Splits text into word and punctuation tokens, as spans into the text, the way news corpora are tokenised:
/// abbreviations and initials keep their period ("U.S.", "Oct.", "J."), numbers keep their separators
/// ("1,400", "1.5"), hyphenated words stay whole, clitics split off ("Israel" "'s", "do" "n't").
/// </summary>
internal static class Tokenizer
{
    /// <summary>Tokenises the whole string.</summary>
    public static List<TextSpan> Tokenize(string text)
    {
        var tokens = new List<TextSpan>();
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <c>text[start..end]</c> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, int start, int end, List<TextSpan> tokens)
    {
        var lexicons = TextLexicons.Default;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200B' || c == '\uFEFF')
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens, lexicons);
            }
            else
            {
                i = ReadSymbol(text, i, end, tokens);
            }
        }
    }

    /// <summary>True for straight and curly apostrophes.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC';

    private static int ReadWord(string text, int start, int end, List<TextSpan> tokens, TextLexicons lexicons)
    {
        var j = start;
        var segmentStart = start;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                j++;
                continue;
            }

            var next = j + 1 < end ? text[j + 1] : '\0';
            var prev = text[j - 1];
            if (IsHyphen(c) && char.IsLetterOrDigit(next))
            {
                j++;
                segmentStart = j;
                continue;
            }

            if (c is '.' or ',' && char.IsDigit(prev) && char.IsDigit(next) && IsNumberSeparator(text, j, end, c))
            {
                j++;
                continue;
            }

            if (c == '.' && char.IsLetter(prev) && char.IsLetter(next) && (j - segmentStart == 1 || (char.IsLower(prev) && char.IsLower(next))))
            {
                // Acronyms with dots (U.S, a.m) and domain names (reuters.com); not "said.The".
                j++;
                segmentStart = j;
                continue;
            }

            if (IsApostrophe(c) && char.IsLetter(prev) && char.IsLetter(next))
            {
                var clitic = CliticLength(text, j, end);
                if (clitic > 0)
                {
                    break;
                }

                if (char.ToLowerInvariant(next) == 't' && char.ToLowerInvariant(prev) == 'n' && j - 1 > start && IsWordEnd(text, j + 2, end))
                {
                    // "don't" -> "do" "n't"
                    j--;
                    break;
                }

                j++;
                continue;
            }

            if (c == '&' && char.IsUpper(prev) && char.IsUpper(next))
            {
                j++;
                continue;
            }

            if (c == '.' && j < end)
            {
                // A trailing period belongs to acronyms, initials and known abbreviations.
                var word = text.AsSpan(start, j - start);
                var acronym = j - segmentStart == 1 && j - start >= 3 && text[j - 2] == '.';
                var initial = j - start == 1 && char.IsUpper(prev);
                if (acronym || initial || lexicons.IsAbbreviation(text.AsSpan(start, j + 1 - start)) || IsLowerAcronym(word))
                {
                    j++;
                    if (j < end && IsHyphen(text[j]) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]))
                    {
                        // "U.S.-led"
                        j++;
                        segmentStart = j;
                        continue;
                    }
                }
            }

            break;
        }

        tokens.Add(new TextSpan(start, j - start));
        if (j + 3 <= end && text[j] is 'n' or 'N' && IsApostrophe(text[j + 1]) && text[j + 2] is 't' or 'T')
        {
            tokens.Add(new TextSpan(j, 3));
            return j + 3;
        }

        return j;
    }

    private static int ReadSymbol(string text, int start, int end, List<TextSpan> tokens)
    {
        var c = text[start];
        var length = 1;
        if (c == '.' || c == '-' || c == '!' || c == '?')
        {
            while (start + length < end && text[start + length] == c)
            {
                length++;
            }
        }
        else if (IsApostrophe(c) && start > 0 && char.IsLetter(text[start - 1]))
        {
            length = Math.Max(1, CliticLength(text, start, end));
        }
        else if (char.IsHighSurrogate(c) && start + 1 < end)
        {
            length = 2;
        }

        tokens.Add(new TextSpan(start, length));
        return start + length;
    }

    /// <summary>Length of a clitic ("'s", "'re", "'ll", "'ve", "'d", "'m") starting at the apostrophe, or 0.</summary>
    private static int CliticLength(string text, int apostrophe, int end)
    {
        var letters = 0;
        while (apostrophe + 1 + letters < end && char.IsLetter(text[apostrophe + 1 + letters]) && letters < 3)
        {
            letters++;
        }

        if (letters == 0 || !IsWordEnd(text, apostrophe + 1 + letters, end))
        {
            return 0;
        }

        var suffix = text.AsSpan(apostrophe + 1, letters);
        return suffix.Equals("s", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("re", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("d", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("m", StringComparison.OrdinalIgnoreCase)
            ? letters + 1
            : 0;
    }

    private static bool IsWordEnd(string text, int index, int end) => index >= end || !char.IsLetterOrDigit(text[index]);

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsNumberSeparator(string text, int index, int end, char separator)
    {
        if (separator == '.')
        {
            return true;
        }

        // Thousands: exactly three digits follow ("1,400", not "3,4").
        var digits = 0;
        while (index + 1 + digits < end && char.IsDigit(text[index + 1 + digits]))
        {
            digits++;
        }

        return digits == 3;
    }

    private static bool IsLowerAcronym(ReadOnlySpan<char> word)
    {
        // "a.m", "p.m", "e.g" already joined by the dot rule: letter, dot, letter...
        if (word.Length < 3)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            var expectLetter = k % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[k]) : word[k] != '.')
            {
                return false;
            }
        }

        return true;
    }
}
