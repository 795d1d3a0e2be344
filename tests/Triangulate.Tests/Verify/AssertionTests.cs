using Triangulate.Claims;
using Triangulate.Extract;
using Triangulate.Tests.Annotate;
using Triangulate.Verify;

namespace Triangulate.Tests.Verify;

public class AssertionTests
{
    private static ArticleClaims Claims(string id, string text)
    {
        var (body, spans) = Article.Join([text]);
        return ClaimExtractor.Extract(AnnotateHelper.AnnotateAll(new Article { Id = id, Source = id + ".txt", Body = body, Paragraphs = spans }));
    }

    [Fact]
    public void A_named_subject_a_verb_of_stance_and_its_object_make_an_assertion()
    {
        var assertion = Claims("a", "Mayor Ana Ortiz rejected the plan to close the harbour, officials said.").Assertions.ShouldHaveSingleItem();

        assertion.Subject.ShouldBe("Ana Ortiz");
        assertion.Act.ShouldBe("rejected");
        assertion.Opposite.ShouldBe("accepted");
        assertion.Object.ShouldBe("the plan to close the harbour");
        assertion.ObjectWords.ShouldBe(["plan", "close", "harbour"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("proposals", "proposal")]
    [InlineData("ceasefires", "ceasefire")]
    [InlineData("parties", "party")]
    [InlineData("crashes", "crash")]
    [InlineData("boxes", "box")]
    [InlineData("talks", "talk")]
    [InlineData("access", "access")]
    [InlineData("census", "census")]
    [InlineData("crisis", "crisis")]
    [InlineData("gas", "gas")]
    public void Plural_endings_are_folded_for_comparison(string word, string folded) =>
        AssertionExtractor.Singular(word).ShouldBe(folded);

    [Fact]
    public void A_plural_and_a_singular_wording_of_one_matter_are_one_assertion()
    {
        var groups = AssertionChecker.Check(
            [Claims("a", "Mayor Ana Ortiz rejected the proposals."), Claims("b", "Ana Ortiz rejected the proposal.")],
            new Dictionary<string, string>());

        groups.ShouldHaveSingleItem().Status.ShouldBe(AssertionStatus.Corroborated);
    }

    [Fact]
    public void A_passive_is_not_an_assertion_by_the_name_before_it() =>
        Claims("a", "The plan drafted by Ana Ortiz was rejected by the council on Monday.").Assertions.ShouldBeEmpty();

    [Fact]
    public void The_same_act_on_the_same_matter_from_two_sources_is_corroborated()
    {
        var groups = AssertionChecker.Check(
            [Claims("a", "Mayor Ana Ortiz rejected the plan to close the harbour."), Claims("b", "Ana Ortiz refused the harbour closure plan on Tuesday.")],
            new Dictionary<string, string>());

        var group = groups.ShouldHaveSingleItem();
        group.Status.ShouldBe(AssertionStatus.Corroborated);
        group.Sources.ShouldBe(2);
    }

    [Fact]
    public void The_opposite_act_on_the_same_matter_contradicts_it()
    {
        var groups = AssertionChecker.Check(
            [Claims("a", "Mayor Ana Ortiz rejected the plan to close the harbour."), Claims("b", "Mayor Ana Ortiz accepted the plan to close the harbour.")],
            new Dictionary<string, string>());

        groups.Length.ShouldBe(2);
        groups.ShouldAllBe(g => g.Status == AssertionStatus.Contradicted);
    }

    [Fact]
    public void A_near_duplicate_does_not_corroborate_its_original()
    {
        var groups = AssertionChecker.Check(
            [Claims("a", "Mayor Ana Ortiz rejected the plan to close the harbour."), Claims("b", "Mayor Ana Ortiz rejected the plan to close the harbour.")],
            new Dictionary<string, string> { ["b"] = "a" });

        groups.ShouldHaveSingleItem().Status.ShouldBe(AssertionStatus.SingleSource);
    }

    [Fact]
    public void A_clash_between_two_acts_is_told_once_in_the_brief()
    {
        var (a, b) = ("Mayor Ana Ortiz rejected the plan to close the harbour.", "Mayor Ana Ortiz accepted the plan to close the harbour.");
        var members = new[] { a, b }.Select((text, i) =>
        {
            var (body, spans) = Article.Join([text]);
            return AnnotateHelper.AnnotateAll(new Article { Id = $"a{i}", Source = $"a{i}.txt", Body = body, Paragraphs = spans });
        }).ToList();
        var story = new Triangulate.Stories.Story("s1", "t", null, null, ["a0", "a1"], [], [], []);

        var brief = Triangulate.Brief.BriefBuilder.Build(story, members);

        brief.Contradictions.Where(c => c.Kind == Triangulate.Brief.ContradictionKind.Contradicted).ShouldHaveSingleItem().Text.ShouldContain("rejected");
    }
}
