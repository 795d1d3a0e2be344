namespace Triangulate.Annotate.Attributions;

/// <summary>Words with their offsets and the punctuation around them, enough to find clause edges.</summary>
internal static class WordScanner
{
    internal readonly record struct Word(int Start, int End, string Lower, bool ClauseEndsAfter)
    {
        /// <summary>True when sentence-ending punctuation, a quote mark or a line break stands between <paramref name="previous"/> and this word.</summary>
        public bool BreakBefore(string text, Word previous)
        {
            for (var i = previous.End; i < Start; i++)
            {
                if (text[i] is '.' or '!' or '?' or '\n' or '“' or '”' or '"' or ';' or '(' or ')')
                {
                    return true;
                }
            }

            return false;
        }
    }

    public static List<Word> Scan(string text)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i])
                || (text[i] is '\'' or '’' or '-' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
                || (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i + 2 < text.Length && text[i + 2] == '.')))
            {
                i++;
            }

            // "U.S." and initials keep their final dot.
            var end = i;
            if (i < text.Length && text[i] == '.' && (end - start == 1 || text.AsSpan(start, end - start).Contains('.')) && char.IsUpper(text[start]))
            {
                end = ++i;
            }

            var next = end < text.Length ? text[end] : '.';
            words.Add(new Word(start, end, text[start..end].ToLowerInvariant(), next is ',' or ':' or ';' or ')'));
        }

        return words;
    }
}
