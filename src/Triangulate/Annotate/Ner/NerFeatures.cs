using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Annotate.Ner;

/// <summary>
/// Turns a sentence's tokens into hashed features for the entity tagger: the word and its neighbours,
/// prefixes and suffixes, word shape, casing, gazetteer matches, and what the document says about the word.
/// Casing features are kept apart for all-caps sentences (headlines), so what is learned on them does not
/// bleed into normally cased text.
/// </summary>
internal sealed class NerFeatures
{
    private const int Bias = 1;
    private const int Word = 2;
    private const int WordMinus1 = 3;
    private const int WordPlus1 = 4;
    private const int WordMinus2 = 5;
    private const int WordPlus2 = 6;
    private const int BigramLeft = 7;
    private const int BigramRight = 8;
    private const int Suffix = 10;
    private const int Prefix = 20;
    private const int Shape = 30;
    private const int LongShape = 31;
    private const int ShapeMinus1 = 32;
    private const int ShapePlus1 = 33;
    private const int ShapeTrigram = 34;
    private const int FirstShape = 35;
    private const int GazetteerHere = 36;
    private const int GazetteerLeft = 37;
    private const int GazetteerRight = 38;
    private const int WordLeftShape = 39;
    private const int ShapeWordRight = 40;
    private const int CasedWord = 41;
    private const int LowerInDocument = 42;
    private const int CapitalizedInDocument = 43;
    private const int LengthClass = 44;
    private const int ShapeBigramLeft = 45;
    private const int ShapeBigramRight = 46;
    private const int GazetteerShape = 47;
    private const int WordMinus1Plus1 = 48;
    private const int UnknownCapitalized = 49;
    private const int UnknownNeighbour = 50;

    /// <summary>Template ids of the features that depend on earlier predictions.</summary>
    public const int PreviousTag = 60;

    /// <summary>Previous two tags.</summary>
    public const int PreviousTags = 61;

    /// <summary>Previous tag and this word.</summary>
    public const int PreviousTagWord = 62;

    /// <summary>Previous tag and this shape.</summary>
    public const int PreviousTagShape = 63;

    /// <summary>Type given to this word earlier in the document.</summary>
    public const int History = 64;

    /// <summary>Type given earlier in the document to a longer name ending in this word.</summary>
    public const int HistoryShape = 65;

    private static readonly ulong Boundary = FeatureHash.Of("<S>");
    private static readonly ulong BoundaryEnd = FeatureHash.Of("</S>");

    private ulong[] _features = new ulong[1024];
    private int[] _offsets = new int[65];
    private ulong[] _words = new ulong[64];
    private ulong[] _shapes = new ulong[64];
    private bool[] _capitalized = new bool[64];
    private bool[] _lowercase = new bool[64];
    private GazetteerList[] _lists = new GazetteerList[64];
    private byte[] _positions = new byte[64];

    /// <summary>Number of tokens in the current sentence.</summary>
    public int Count { get; private set; }

    /// <summary>Normalised word key of token <paramref name="i"/>.</summary>
    public ulong WordKey(int i) => _words[i];

    /// <summary>Shape key of token <paramref name="i"/>.</summary>
    public ulong ShapeKey(int i) => _shapes[i];

    /// <summary>True when token <paramref name="i"/> starts with an upper-case letter.</summary>
    public bool IsCapitalized(int i) => _capitalized[i];

    /// <summary>True when token <paramref name="i"/> is a word in lower-case letters only: it cannot start a name.</summary>
    public bool IsLowercaseWord(int i) => _lowercase[i];

    /// <summary>The static features of token <paramref name="i"/>.</summary>
    public ReadOnlySpan<ulong> Of(int i) => _features.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]);

    /// <summary>Computes the features of every token of one sentence.</summary>
    public void Compute(string text, ReadOnlySpan<TextSpan> tokens, DocumentContext? document, LowercaseVocabulary vocabulary)
    {
        var n = tokens.Length;
        Count = n;
        EnsureCapacity(n);
        var letters = 0;
        var upper = 0;
        foreach (var token in tokens)
        {
            foreach (var c in token.Of(text))
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    if (char.IsUpper(c))
                    {
                        upper++;
                    }
                }
            }
        }

        // Headlines and tables in capitals: casing says nothing there.
        var capsSentence = letters >= 4 && upper * 10 >= letters * 9;
        ulong capsFlag = capsSentence ? 1UL : 0UL;

        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < n; i++)
        {
            var word = tokens[i].Of(text);
            if (word.Length > 64)
            {
                word = word[..64];
            }

            var length = Gazetteer.Normalize(word, buffer);
            _words[i] = FeatureHash.Of(buffer[..length]);
            _shapes[i] = ShapeHash(word, shortForm: true);
            _capitalized[i] = word.Length > 0 && char.IsUpper(word[0]);
            _lowercase[i] = IsLowercase(word);
        }

        Gazetteer.Default.Match(_words.AsSpan(0, n), _capitalized.AsSpan(0, n), _lists.AsSpan(0, n), _positions.AsSpan(0, n));

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            _offsets[i] = count;
            if (_features.Length < count + 64)
            {
                Array.Resize(ref _features, _features.Length * 2);
            }

            var f = _features.AsSpan(count);
            var k = 0;
            var word = tokens[i].Of(text);
            if (word.Length > 64)
            {
                word = word[..64];
            }

            var length = Gazetteer.Normalize(word, buffer);
            var norm = buffer[..length];
            var w = _words[i];
            var wm1 = i > 0 ? _words[i - 1] : Boundary;
            var wm2 = i > 1 ? _words[i - 2] : Boundary;
            var wp1 = i + 1 < n ? _words[i + 1] : BoundaryEnd;
            var wp2 = i + 2 < n ? _words[i + 2] : BoundaryEnd;
            var shape = FeatureHash.Combine(0, _shapes[i], capsFlag);
            var sm1 = i > 0 ? FeatureHash.Combine(0, _shapes[i - 1], capsFlag) : Boundary;
            var sp1 = i + 1 < n ? FeatureHash.Combine(0, _shapes[i + 1], capsFlag) : BoundaryEnd;

            f[k++] = FeatureHash.Of(Bias);
            f[k++] = FeatureHash.Combine(Word, w);
            f[k++] = FeatureHash.Combine(WordMinus1, wm1);
            f[k++] = FeatureHash.Combine(WordPlus1, wp1);
            f[k++] = FeatureHash.Combine(WordMinus2, wm2);
            f[k++] = FeatureHash.Combine(WordPlus2, wp2);
            f[k++] = FeatureHash.Combine(BigramLeft, wm1, w);
            f[k++] = FeatureHash.Combine(BigramRight, w, wp1);
            f[k++] = FeatureHash.Combine(WordMinus1Plus1, wm1, wp1);
            for (var a = 1; a <= 4 && a < length; a++)
            {
                f[k++] = FeatureHash.Combine(Suffix + a, FeatureHash.Of(norm[^a..]));
            }

            for (var a = 1; a <= 3 && a < length; a++)
            {
                f[k++] = FeatureHash.Combine(Prefix + a, FeatureHash.Of(norm[..a]));
            }

            f[k++] = FeatureHash.Combine(Shape, shape);
            f[k++] = FeatureHash.Combine(LongShape, ShapeHash(word, shortForm: false), capsFlag);
            f[k++] = FeatureHash.Combine(ShapeMinus1, sm1);
            f[k++] = FeatureHash.Combine(ShapePlus1, sp1);
            f[k++] = FeatureHash.Combine(ShapeTrigram, sm1, shape, sp1);
            f[k++] = FeatureHash.Combine(ShapeBigramLeft, sm1, shape);
            f[k++] = FeatureHash.Combine(ShapeBigramRight, shape, sp1);
            f[k++] = FeatureHash.Combine(WordLeftShape, wm1, shape);
            f[k++] = FeatureHash.Combine(ShapeWordRight, shape, wp1);
            f[k++] = FeatureHash.Combine(LengthClass, (ulong)Math.Min(length, 8), capsFlag);
            if (i == 0)
            {
                f[k++] = FeatureHash.Combine(FirstShape, shape);
            }

            if (!capsSentence)
            {
                f[k++] = FeatureHash.Combine(CasedWord, FeatureHash.Of(word));
            }

            if (_lists[i] != GazetteerList.None)
            {
                for (var bit = 1; bit <= (int)GazetteerList.MiscWord; bit <<= 1)
                {
                    if (((int)_lists[i] & bit) != 0)
                    {
                        f[k++] = FeatureHash.Combine(GazetteerHere, (ulong)bit, _positions[i]);
                        f[k++] = FeatureHash.Combine(GazetteerShape, (ulong)bit, shape);
                    }
                }
            }

            if (i > 0 && _lists[i - 1] != GazetteerList.None)
            {
                f[k++] = FeatureHash.Combine(GazetteerLeft, (ulong)_lists[i - 1]);
            }

            if (i + 1 < n && _lists[i + 1] != GazetteerList.None)
            {
                f[k++] = FeatureHash.Combine(GazetteerRight, (ulong)_lists[i + 1]);
            }

            if (char.IsLetter(word[0]) && !char.IsLower(word[0]))
            {
                var known = vocabulary.Contains(w) ? 1UL : 0UL;
                var position = i == 0 ? 1UL : 0UL;
                f[k++] = FeatureHash.Combine(UnknownCapitalized, known, position, capsFlag);
                var leftKnown = i > 0 && _capitalized[i - 1] ? (vocabulary.Contains(wm1) ? 2UL : 3UL) : 4UL;
                var rightKnown = i + 1 < n && _capitalized[i + 1] ? (vocabulary.Contains(wp1) ? 2UL : 3UL) : 4UL;
                f[k++] = FeatureHash.Combine(UnknownNeighbour, known, leftKnown, rightKnown);
            }

            if (document is not null && char.IsLetter(word[0]) && !char.IsLower(word[0]))
            {
                if (document.SeenLower(w))
                {
                    f[k++] = FeatureHash.Combine(LowerInDocument, capsFlag, i == 0 ? 1UL : 0UL);
                }

                if (document.SeenCapitalizedMidSentence(w))
                {
                    f[k++] = FeatureHash.Combine(CapitalizedInDocument, capsFlag, i == 0 ? 1UL : 0UL);
                }
            }

            count += k;
        }

        _offsets[n] = count;
    }

    /// <summary>Hash of a word's shape: X for upper, x for lower, d for digit; the short form collapses runs.</summary>
    public static ulong ShapeHash(ReadOnlySpan<char> word, bool shortForm)
    {
        Span<char> shape = stackalloc char[16];
        var length = 0;
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c switch
            {
                '\u2019' or '\u2018' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.IsLetter(c) ? 'x' : c,
            };
            if (shortForm && length > 0 && shape[length - 1] == s)
            {
                continue;
            }

            if (length == shape.Length)
            {
                break;
            }

            shape[length++] = s;
        }

        return FeatureHash.Of(shape[..length]);
    }

    private static bool IsLowercase(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private void EnsureCapacity(int n)
    {
        if (_words.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, _words.Length * 2);
        _words = new ulong[size];
        _shapes = new ulong[size];
        _capitalized = new bool[size];
        _lowercase = new bool[size];
        _lists = new GazetteerList[size];
        _positions = new byte[size];
        _offsets = new int[size + 1];
    }
}
