using Triangulate.Claims;
using Triangulate.Extract;
using Triangulate.Verify;

namespace Triangulate.Tests.Verify;

public class PlaceCheckerTests
{
    private static ArticleClaims Placed(string id, string place, string text, bool country = false) =>
        new(id, null, [], null, new PlaceClaim(new Evidence(id, 0, text, new TextSpan(0, 1)), place, place, country), text, [], [], [], [], []);

    [Fact]
    public void An_article_that_puts_the_event_elsewhere_and_never_names_the_agreed_place_is_disputed()
    {
        var slot = PlaceChecker.Check(
            [Placed("a", "Brenn", "The dam failed at Brenn."), Placed("b", "Brenn", "Brenn was flooded."), Placed("c", "Laval", "The dam failed at Laval.")],
            new Dictionary<string, string>())!;

        slot.Consensus.ShouldBe("Brenn");
        slot.Status.ShouldBe(FactStatus.Disputed);
        slot.Reports.Single(r => r.Claim.Evidence.Article == "c").Flags.ShouldContain(ReportFlag.Disputed);
    }

    [Fact]
    public void A_street_in_an_article_that_names_the_town_too_or_a_country_does_not_dispute_the_place()
    {
        var slot = PlaceChecker.Check(
            [Placed("a", "Brenn", "The dam failed at Brenn."), Placed("b", "Mill Lane", "Mill Lane in Brenn was flooded."), Placed("c", "Vardia", "Vardia mourns.", country: true)],
            new Dictionary<string, string>())!;

        slot.Status.ShouldBe(FactStatus.Agreed);
        slot.Reports.ShouldAllBe(r => !r.Flags.Contains(ReportFlag.Disputed));
    }
}
