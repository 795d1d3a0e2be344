using Triangulate.Lexical;

namespace Triangulate.Tests.Text;

public class TokenizerTests
{
    private static string Tokens(string text) => string.Join("|", Tokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)));

    [Theory]
    [InlineData("The U.S. said", "The|U.S.|said")]
    [InlineData("on Oct. 3", "on|Oct.|3")]
    [InlineData("Gov. Ron DeSantis and Sen. Lee", "Gov.|Ron|DeSantis|and|Sen.|Lee")]
    [InlineData("Martin Luther King Jr. spoke", "Martin|Luther|King|Jr.|spoke")]
    [InlineData("Mr. Smith", "Mr.|Smith")]
    [InlineData("Antony J. Blinken", "Antony|J.|Blinken")]
    [InlineData("at 9 a.m. today", "at|9|a.m.|today")]
    public void Keeps_periods_of_abbreviations_and_initials(string text, string expected) => Tokens(text).ShouldBe(expected);

    [Theory]
    [InlineData("1,400 people", "1,400|people")]
    [InlineData("1.5 million", "1.5|million")]
    [InlineData("$2,300.50 paid", "$|2,300.50|paid")]
    [InlineData("up 10%", "up|10|%")]
    [InlineData("scores 3,4 and 5", "scores|3|,|4|and|5")]
    public void Keeps_decimals_and_thousands_separators_inside_numbers(string text, string expected) => Tokens(text).ShouldBe(expected);

    [Theory]
    [InlineData("a Hamas-controlled ministry", "a|Hamas-controlled|ministry")]
    [InlineData("U.S.-led talks", "U.S.-led|talks")]
    [InlineData("well-known", "well-known")]
    public void Keeps_hyphenated_words_whole(string text, string expected) => Tokens(text).ShouldBe(expected);

    [Theory]
    [InlineData("Israel's army", "Israel|'s|army")]
    [InlineData("Israel\u2019s army", "Israel|\u2019s|army")]
    [InlineData("they don't", "they|do|n't")]
    [InlineData("we're here", "we|'re|here")]
    [InlineData("O'Brien said", "O'Brien|said")]
    [InlineData("the Smiths' house", "the|Smiths|'|house")]
    public void Splits_clitics_but_not_names_with_apostrophes(string text, string expected) => Tokens(text).ShouldBe(expected);

    [Theory]
    [InlineData("\u201CWe will,\u201D he said.", "\u201C|We|will|,|\u201D|he|said|.")]
    [InlineData("\"No,\" she said.", "\"|No|,|\"|she|said|.")]
    [InlineData("'Yes'", "'|Yes|'")]
    public void Separates_straight_and_curly_quotes(string text, string expected) => Tokens(text).ShouldBe(expected);

    [Theory]
    [InlineData("talks\u2014which failed\u2014ended", "talks|\u2014|which|failed|\u2014|ended")]
    [InlineData("pages 3\u20135", "pages|3|\u2013|5")]
    [InlineData("wait -- no", "wait|--|no")]
    [InlineData("and so...", "and|so|...")]
    public void Separates_dashes_and_ellipses(string text, string expected) => Tokens(text).ShouldBe(expected);

    [Fact]
    public void Does_not_keep_a_sentence_final_period_on_an_ordinary_word()
    {
        Tokens("He left. She stayed.").ShouldBe("He|left|.|She|stayed|.");
    }

    [Fact]
    public void Token_spans_point_into_the_original_text()
    {
        const string text = "  Blinken  met\tNetanyahu ";
        var tokens = Tokenizer.Tokenize(text);
        tokens.Select(t => (t.Start, t.Length)).ShouldBe([(2, 7), (11, 3), (15, 9)]);
    }
}
