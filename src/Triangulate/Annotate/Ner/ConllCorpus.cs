using System.Text;
using Triangulate.Extract;

namespace Triangulate.Annotate.Ner;

/// <summary>One CoNLL-2003 sentence: its tokens joined by spaces, their spans, and the gold BILOU tags.</summary>
internal sealed record ConllSentence(string Text, TextSpan[] Tokens, int[] Tags);

/// <summary>Reads CoNLL-2003 files (<c>token POS chunk NER</c>, BIO tags, blank line between sentences) for training and evaluation.</summary>
internal static class ConllCorpus
{
    /// <summary>The sentences of a file grouped into documents (a headline followed by a dateline starts one).</summary>
    public static List<List<ConllSentence>> ReadDocuments(string path)
    {
        var sentences = ReadSentences(path);
        var documents = new List<List<ConllSentence>>();
        var current = new List<ConllSentence>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var startsDocument = k + 1 < sentences.Count && IsDateline(sentences[k + 1]) && current.Count > 0;
            if (startsDocument)
            {
                documents.Add(current);
                current = [];
            }

            current.Add(sentences[k]);
        }

        if (current.Count > 0)
        {
            documents.Add(current);
        }

        return documents;
    }

    /// <summary>Every sentence of a file, in order.</summary>
    public static List<ConllSentence> ReadSentences(string path)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var labels = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                Flush(words, labels, sentences);
                continue;
            }

            var parts = line.Split(' ');
            words.Add(parts[0]);
            labels.Add(parts[^1]);
        }

        Flush(words, labels, sentences);
        return sentences;
    }

    /// <summary>Converts BIO labels ("B-PER", "I-PER", "O") to BILOU tags.</summary>
    public static int[] ToTags(IReadOnlyList<string> labels)
    {
        var tags = new int[labels.Count];
        for (var i = 0; i < labels.Count; i++)
        {
            if (!TryType(labels[i], out var type))
            {
                tags[i] = NerTags.Outside;
                continue;
            }

            var begins = labels[i][0] == 'B' || i == 0 || !TryType(labels[i - 1], out var before) || before != type;
            var continues = i + 1 < labels.Count && labels[i + 1][0] == 'I' && TryType(labels[i + 1], out var after) && after == type;
            var position = (begins, continues) switch
            {
                (true, true) => NerTags.Position.Begin,
                (true, false) => NerTags.Position.Unit,
                (false, true) => NerTags.Position.Inside,
                _ => NerTags.Position.Last,
            };
            tags[i] = NerTags.Of(type, position);
        }

        return tags;
    }

    private static bool TryType(string label, out EntityType type)
    {
        type = default;
        return label.Length > 2 && EntityTypes.TryParse(label.AsSpan(2), out type);
    }

    private static bool IsDateline(ConllSentence sentence) =>
        sentence.Tokens.Length <= 10 && sentence.Tokens.Any(t => IsIsoDate(t.Of(sentence.Text)));

    private static bool IsIsoDate(ReadOnlySpan<char> token) =>
        token.Length == 10 && token[4] == '-' && token[7] == '-' && char.IsDigit(token[0]) && char.IsDigit(token[9]);

    private static void Flush(List<string> words, List<string> labels, List<ConllSentence> sentences)
    {
        if (words.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        var spans = new TextSpan[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            spans[i] = new TextSpan(text.Length, words[i].Length);
            text.Append(words[i]);
        }

        sentences.Add(new ConllSentence(text.ToString(), spans, ToTags(labels)));
        words.Clear();
        labels.Clear();
    }
}
