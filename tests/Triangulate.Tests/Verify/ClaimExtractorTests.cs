using Triangulate.Claims;
using Triangulate.Extract;
using Triangulate.Tests.Annotate;

namespace Triangulate.Tests.Verify;

public class ClaimExtractorTests
{
    private static ArticleClaims Claims(string text, DateOnly? published = null)
    {
        var (body, spans) = Article.Join([text]);
        var article = new Article { Id = "a", Source = "a.txt", Body = body, Paragraphs = spans, Published = published is { } p ? new PublicationDate(p, null) : null };
        return ClaimExtractor.Extract(AnnotateHelper.AnnotateAll(article));
    }

    [Fact]
    public void An_ordinal_victim_gives_the_toll_so_far()
    {
        var claim = Claims("A fourth worker has died of burns suffered in the fire, the hospital said.").Counts.ShouldHaveSingleItem();

        claim.Event.ShouldBe("killed");
        claim.Value.ShouldBe(4);
        claim.Group.ShouldBe("workers");
    }

    [Fact]
    public void A_figure_keeps_its_sentence_attribution_and_the_day_it_stands_for()
    {
        var claim = Claims("More than 200 people were evacuated by Thursday, according to the Harbour Authority.", new DateOnly(2031, 3, 8)).Counts.ShouldHaveSingleItem();

        claim.Attribution.ShouldBe("Harbour Authority");
        claim.AsOf.ShouldBe(new DateOnly(2031, 3, 6));
        claim.Evidence.SentenceText.ShouldStartWith("More than 200 people");
        claim.Text.ShouldStartWith("More than 200");
    }

    [Fact]
    public void The_event_day_is_the_earliest_day_the_article_gives_and_a_background_year_is_remembered()
    {
        var claims = Claims("Ten people were hurt on Tuesday when the bridge fell, officials said on Wednesday. In 2019 the same bridge killed two people.", new DateOnly(2031, 3, 6));

        claims.EventDate!.Date.ShouldBe(new DateOnly(2031, 3, 4));
        claims.Counts.Single(c => c.Event == "killed").Mentioned!.Value.End.ShouldBe(new DateOnly(2019, 12, 31));
    }

    [Fact]
    public void A_figure_that_sums_many_events_is_not_a_claim_about_this_one() =>
        Claims("At least 12 people were killed in separate shootings across the city over the weekend.").Counts.ShouldBeEmpty();
}
