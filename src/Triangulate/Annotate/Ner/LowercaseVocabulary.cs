namespace Triangulate.Annotate.Ner;

/// <summary>
/// Hashes of the words the training text writes in lower case (common words). A capitalised word that is not
/// among them is more likely a name, which matters most first in a sentence where capitals say nothing.
/// </summary>
internal sealed class LowercaseVocabulary
{
    private readonly HashSet<ulong> _words;

    /// <summary>Creates a vocabulary from word keys (see <see cref="Gazetteer.TokenKey"/>).</summary>
    public LowercaseVocabulary(IEnumerable<ulong> words) => _words = [.. words];

    /// <summary>An empty vocabulary.</summary>
    public static LowercaseVocabulary Empty { get; } = new([]);

    /// <summary>Number of words.</summary>
    public int Count => _words.Count;

    /// <summary>The word keys, for saving.</summary>
    public IEnumerable<ulong> Words => _words;

    /// <summary>True when the word is written in lower case in the training text.</summary>
    public bool Contains(ulong wordKey) => _words.Contains(wordKey);
}
