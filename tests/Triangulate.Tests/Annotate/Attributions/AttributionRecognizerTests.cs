using Triangulate.Annotate.Attributions;

namespace Triangulate.Tests.Annotate.Attributions;

public class AttributionRecognizerTests
{
    private static List<Attribution> Find(string text) => [.. new AttributionRecognizer().Recognize(text)];

    [Theory]
    [InlineData("More than 3,000 people left their homes, according to the UN.", "according to the UN", "the UN")]
    [InlineData("About 40 homes flooded, as per the regional water board.", "as per the regional water board", "the regional water board")]
    [InlineData("The bridge will reopen in May, AP News reported.", "AP News reported", "AP News")]
    [InlineData("Eleven people were hurt, the provincial health ministry said on Sunday.", "the provincial health ministry said", "the provincial health ministry")]
    [InlineData("Police said two men were arrested near the station.", "Police said", "Police")]
    [InlineData("Prices rose again, citing figures from the statistics office.", "citing figures from the statistics office", "figures from the statistics office")]
    [InlineData("According to Harbor Police and the coast guard, the boat sank at dawn.", "According to Harbor Police and the coast guard", "Harbor Police and the coast guard")]
    public void Finds_the_source_credited_for_a_claim(string text, string phrase, string source)
    {
        var a = Find(text).ShouldHaveSingleItem();
        a.Text.ShouldBe(phrase);
        a.Source.ShouldBe(source);
        text.Substring(a.Start, a.Length).ShouldBe(phrase);
        text.Substring(a.SourceStart, a.SourceLength).ShouldBe(source);
    }

    [Theory]
    [InlineData("He said he would return on Monday.")]
    [InlineData("They said the water was rising fast.")]
    [InlineData("Residents described the night in detail.")]
    public void Pronouns_and_sentences_without_a_source_give_nothing(string text) =>
        Find(text).ShouldBeEmpty();
}
