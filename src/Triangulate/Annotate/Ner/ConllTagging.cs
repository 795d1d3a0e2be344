namespace Triangulate.Annotate.Ner;

/// <summary>Tags a CoNLL document the way the engine tags an article: document context first, then each sentence.</summary>
internal static class ConllTagging
{
    /// <summary>
    /// Tags every sentence of <paramref name="document"/>, adding each to <paramref name="score"/>; with
    /// <paramref name="learn"/>, the gold tags update the weights. Returns the number of tokens tagged.
    /// </summary>
    public static int TagDocument(this NerDecoder decoder, List<ConllSentence> document, INerWeights weights, SpanScore? score = null, bool learn = false, Action<ConllSentence>? tagged = null)
    {
        var context = new DocumentContext();
        foreach (var sentence in document)
        {
            context.Add(sentence.Text, sentence.Tokens);
        }

        decoder.StartDocument();
        var tokens = 0;
        foreach (var sentence in document)
        {
            var predicted = new int[sentence.Tokens.Length];
            decoder.Tag(sentence.Text, sentence.Tokens, context, weights, predicted, learn ? sentence.Tags : default);
            tagged?.Invoke(sentence);
            score?.Add(sentence.Tags, predicted);
            tokens += sentence.Tokens.Length;
        }

        return tokens;
    }
}
