namespace Triangulate.Annotate.Quantities;

/// <summary>A word, number or punctuation mark in the text the quantity recogniser scans.</summary>
internal readonly record struct QuantityToken(int Start, int Length, QuantityTokenKind Kind, string Lower)
{
    public int End => Start + Length;

    public bool IsWord => Kind == QuantityTokenKind.Word;

    public bool IsNumber => Kind == QuantityTokenKind.Number;

    public bool IsBoundary => Kind == QuantityTokenKind.Punct && Lower is "." or "!" or "?" or ";";

    /// <summary>Scans words (with inner apostrophes, hyphens and abbreviation dots), digit groups and single punctuation marks.</summary>
    public static List<QuantityToken> Scan(string text, int start, int end)
    {
        var tokens = new List<QuantityToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var from = i;
            if (char.IsAsciiDigit(c))
            {
                i++;
                while (i < end && (char.IsAsciiDigit(text[i])
                    || (text[i] is ',' or '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new QuantityToken(from, i - from, QuantityTokenKind.Number, text[from..i]));
                continue;
            }

            if (char.IsLetter(c))
            {
                i++;
                while (i < end && (char.IsLetter(text[i])
                    || (text[i] is '\'' or '’' or '-' && i + 1 < end && char.IsLetter(text[i + 1]))
                    || (text[i] == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 < end && text[i + 2] == '.')))
                {
                    i++;
                }

                // Keep the final dot of a dotted abbreviation ("p.m.", "U.S.") with the word.
                if (i < end && text[i] == '.' && i - from >= 3 && text[i - 2] == '.')
                {
                    i++;
                }

                tokens.Add(new QuantityToken(from, i - from, QuantityTokenKind.Word, text[from..i].ToLowerInvariant()));
                continue;
            }

            tokens.Add(new QuantityToken(from, 1, QuantityTokenKind.Punct, text.Substring(from, 1)));
            i++;
        }

        return tokens;
    }
}

/// <summary>What a <see cref="QuantityToken"/> is.</summary>
internal enum QuantityTokenKind
{
    Word,
    Number,
    Punct,
}
