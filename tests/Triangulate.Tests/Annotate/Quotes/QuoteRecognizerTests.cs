using Triangulate.Annotate.Quotes;
using Triangulate.Extract;

namespace Triangulate.Tests.Annotate.Quotes;

public class QuoteRecognizerTests
{
    private static Article Some(params string[] paragraphs)
    {
        var (body, spans) = Article.Join(paragraphs);
        return new Article { Id = "t", Source = "t.txt", Body = body, Paragraphs = spans };
    }

    private static List<Quote> Find(params string[] paragraphs) => [.. new QuoteRecognizer().Recognize(Some(paragraphs))];

    [Theory]
    [InlineData("“We will rebuild the bridge by spring,” Mayor Ana Ortiz said.", "We will rebuild the bridge by spring,", "Mayor Ana Ortiz")]
    [InlineData("\"The water came too fast,\" said Tomas Weller, a farmer.", "The water came too fast,", "Tomas Weller")]
    [InlineData("The governor told reporters: “Nobody will be left behind.”", "Nobody will be left behind.", "The governor")]
    [InlineData("Ortiz said, \"We are counting every house.\"", "We are counting every house.", "Ortiz")]
    [InlineData("“It is too early to say,” the fire chief told reporters on Friday.", "It is too early to say,", "the fire chief")]
    [InlineData("Ortiz firmly insisted, “The levee held.”", "The levee held.", "Ortiz")]
    public void Finds_the_quote_and_its_speaker(string paragraph, string quote, string speaker)
    {
        var q = Find(paragraph).ShouldHaveSingleItem();
        q.Text.ShouldBe(quote);
        q.Speaker.ShouldBe(speaker);
        paragraph.Substring(q.Start, q.Length).ShouldBe(quote);
        paragraph.Substring(q.SpeakerStart, q.SpeakerLength).ShouldBe(speaker);
    }

    [Fact]
    public void An_interrupted_quote_keeps_one_speaker_for_both_halves()
    {
        var quotes = Find("“We were lucky,” Ortiz said, “because the wind turned.”");
        quotes.Count.ShouldBe(2);
        quotes.ShouldAllBe(q => q.Speaker == "Ortiz");
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_last_named_speaker()
    {
        var quotes = Find(
            "“The river crested at noon,” said Mayor Ana Ortiz.",
            "Asked about the damage, she said: “We will need months.”");
        quotes[1].Speaker.ShouldBe("Mayor Ana Ortiz");
    }

    [Fact]
    public void A_quote_running_over_paragraphs_continues_with_its_speaker()
    {
        var quotes = Find(
            "Weller described the night. “We heard the siren and ran to the roof,” Weller said. “Then the power went out.",
            "“By morning the street was a river.”");
        quotes.Count.ShouldBe(3);
        quotes.ShouldAllBe(q => q.Speaker == "Weller");
    }

    [Fact]
    public void Partial_quotes_are_marked_and_single_quoted_terms_are_ignored()
    {
        var quotes = Find("Officials called the plan a “temporary measure for the winter” and a \"reset\" of the budget.");
        var q = quotes.ShouldHaveSingleItem();
        q.Text.ShouldBe("temporary measure for the winter");
        q.Partial.ShouldBeTrue();
        q.Speaker.ShouldBeNull();
    }

    [Fact]
    public void Normalised_text_is_equal_for_the_same_words_punctuated_differently()
    {
        QuoteRecognizer.Normalize("We will enter the city, and we will stay — with or without a deal.")
            .ShouldBe(QuoteRecognizer.Normalize("we will enter the city and we will stay, with or without a deal"));
    }
}
