using Triangulate.Extract;

namespace Triangulate.Annotate.Ner;

/// <summary>What a whole document says about its words: which appear in lower case, which capitalised mid-sentence.</summary>
internal sealed class DocumentContext
{
    private readonly HashSet<ulong> _lower = [];
    private readonly HashSet<ulong> _capitalized = [];

    /// <summary>Collects the words of one sentence.</summary>
    public void Add(string text, ReadOnlySpan<TextSpan> tokens)
    {
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Of(text);
            if (word.Length == 0 || word.Length > 64 || !char.IsLetter(word[0]))
            {
                continue;
            }

            var length = Gazetteer.Normalize(word, buffer);
            var key = FeatureHash.Of(buffer[..length]);
            if (char.IsLower(word[0]))
            {
                _lower.Add(key);
            }
            else if (i > 0 && word.Length > 1 && char.IsLower(word[1]))
            {
                _capitalized.Add(key);
            }
        }
    }

    /// <summary>True when the word appears in lower case somewhere in the document.</summary>
    public bool SeenLower(ulong key) => _lower.Contains(key);

    /// <summary>True when the word appears capitalised, not first in its sentence, somewhere in the document.</summary>
    public bool SeenCapitalizedMidSentence(ulong key) => _capitalized.Contains(key);
}
