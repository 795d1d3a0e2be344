using Triangulate.Extract;
using Triangulate.Lexical;

namespace Triangulate.Tests.Text;

public class SentenceSplitterTests
{
    private static string Sentences(string text) => Sentences([text]);

    private static string Sentences(string[] paragraphs)
    {
        var (body, spans) = Article.Join(paragraphs);
        var (sentences, _) = SentenceSplitter.Split(body, spans);
        return string.Join(" | ", sentences.Select(s => body.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("He left. She stayed.", "He left. | She stayed.")]
    [InlineData("Did he? Yes! He did.", "Did he? | Yes! | He did.")]
    [InlineData("Prices rose 1.5 percent. Sales fell.", "Prices rose 1.5 percent. | Sales fell.")]
    public void Splits_after_final_punctuation(string text, string expected) => Sentences(text).ShouldBe(expected);

    [Theory]
    [InlineData("Sanctions hit the U.S. economy hard.", "Sanctions hit the U.S. economy hard.")]
    [InlineData("He met Mr. Smith and Dr. Jones.", "He met Mr. Smith and Dr. Jones.")]
    [InlineData("It began on Oct. 7 in the south.", "It began on Oct. 7 in the south.")]
    [InlineData("Gen. Herzi Halevi spoke.", "Gen. Herzi Halevi spoke.")]
    public void Does_not_split_after_abbreviations_inside_a_sentence(string text, string expected) => Sentences(text).ShouldBe(expected);

    [Fact]
    public void Does_not_split_after_US_abbreviation() => Sentences("The U.S. Navy moved a carrier.").ShouldBe("The U.S. Navy moved a carrier.");

    [Fact]
    public void Splits_after_an_abbreviation_that_ends_a_sentence() =>
        Sentences("He flew to the U.S. The trip was short.").ShouldBe("He flew to the U.S. | The trip was short.");

    [Theory]
    [InlineData("Secretary of State Antony J. Blinken arrived.", "Secretary of State Antony J. Blinken arrived.")]
    [InlineData("George W. Bush spoke.", "George W. Bush spoke.")]
    public void Does_not_split_after_initials(string text, string expected) => Sentences(text).ShouldBe(expected);

    [Theory]
    [InlineData("\u201CWe will stay,\u201D he said. They left.", "\u201CWe will stay,\u201D he said. | They left.")]
    [InlineData("\u201CWe will stay. We will fight.\u201D The crowd cheered.", "\u201CWe will stay. | We will fight.\u201D | The crowd cheered.")]
    [InlineData("\"Go home!\" he shouted.", "\"Go home!\" he shouted.")]
    [InlineData("\"It is over.\" Then silence.", "\"It is over.\" | Then silence.")]
    public void Keeps_closing_quotes_with_their_sentence(string text, string expected) => Sentences(text).ShouldBe(expected);

    [Fact]
    public void Paragraph_boundaries_are_sentence_boundaries() =>
        Sentences(["The talks ended without a deal", "Both sides left"]).ShouldBe("The talks ended without a deal | Both sides left");

    [Fact]
    public void Headings_and_list_lines_without_punctuation_are_their_own_sentences() =>
        Sentences("Key points\n- Aid trucks entered\n- Talks resume Monday\nThe rest followed.")
            .ShouldBe("Key points | - Aid trucks entered | - Talks resume Monday | The rest followed.");

    [Fact]
    public void An_all_caps_headline_line_is_its_own_sentence() =>
        Sentences("BLINKEN MEETS NETANYAHU IN TEL AVIV\nThe meeting lasted two hours.").ShouldBe("BLINKEN MEETS NETANYAHU IN TEL AVIV | The meeting lasted two hours.");

    [Fact]
    public void Does_not_split_before_a_lower_case_word() =>
        Sentences("The figure was approx. three times higher.").ShouldBe("The figure was approx. three times higher.");

    [Fact]
    public void Sentence_spans_are_offsets_into_the_body()
    {
        var (body, spans) = Article.Join(["First one. Second one.", "Third."]);
        var (sentences, tokens) = SentenceSplitter.Split(body, spans);
        sentences.Select(s => (s.Start, s.End)).ShouldBe([(0, 10), (11, 22), (24, 30)]);
        tokens.Count.ShouldBe(8);
    }
}
