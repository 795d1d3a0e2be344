using System.Collections.Immutable;
using Triangulate.Annotate.Quantities;
using Triangulate.Claims;
using Triangulate.Extract;
using Triangulate.Verify;

namespace Triangulate.Tests.Verify;

public class CountCheckerTests
{
    private static readonly DateOnly Day1 = new(2031, 3, 4);
    private static readonly Dictionary<string, string> NoDuplicates = [];

    internal static CountClaim Figure(string article, double value, Hedge hedge = Hedge.None, string eventName = "killed", string group = "people", DateOnly? asOf = null, DateRange? mentioned = null)
    {
        var (low, high) = hedge switch
        {
            Hedge.MoreThan or Hedge.AtLeast => (value, (double?)null),
            Hedge.About => (value * 0.9, value * 1.1),
            Hedge.Nearly => (value * 0.9, value),
            _ => (value, (double?)value),
        };
        return new CountClaim(new Evidence(article, 0, $"{value} {group} {eventName}.", new TextSpan(0, 3)), value.ToString(System.Globalization.CultureInfo.InvariantCulture), eventName, group, value, low, high, hedge, null, asOf ?? Day1, mentioned);
    }

    private static ArticleClaims Article(string id, params CountClaim[] counts) =>
        new(id, Day1, [.. counts], null, null, string.Empty, [], [], [], [], []);

    private static FactSlot Only(params ArticleClaims[] articles) =>
        CountChecker.Check(articles, NoDuplicates, Day1).ShouldHaveSingleItem();

    [Fact]
    public void Hedged_figures_that_overlap_agree_and_the_consensus_is_a_value_both_allow()
    {
        var slot = Only(Article("a", Figure("a", 300, Hedge.MoreThan, "held-hostage", "hostages")), Article("b", Figure("b", 340, Hedge.About, "held-hostage", "hostages")));

        slot.Status.ShouldBe(FactStatus.Agreed);
        slot.Consensus!.Value.Value.ShouldBe(340);
        slot.Consensus!.Value.Low!.Value.ShouldBe(306, tolerance: 1e-9);
        slot.Reports.ShouldAllBe(r => r.Flags.Contains(ReportFlag.Corroborated));
    }

    [Fact]
    public void Different_exact_figures_are_disputed_never_agreed()
    {
        var slot = Only(Article("a", Figure("a", 17, eventName: "injured")), Article("b", Figure("b", 19, eventName: "injured")));

        slot.Status.ShouldBe(FactStatus.Disputed);
        slot.Sources.ShouldBe(2);
    }

    [Fact]
    public void A_figure_an_order_of_magnitude_from_all_others_is_an_outlier_and_left_out_of_the_consensus()
    {
        var slot = Only(
            Article("a", Figure("a", 300, Hedge.MoreThan)),
            Article("b", Figure("b", 7500, Hedge.MoreThan)),
            Article("c", Figure("c", 7612)),
            Article("d", Figure("d", 7500, Hedge.About)));

        slot.Status.ShouldBe(FactStatus.Disputed);
        slot.Reports.Single(r => r.Claim.Evidence.Article == "a").Flags.ShouldContain(ReportFlag.Outlier);
        slot.Reports.Where(r => r.Claim.Evidence.Article != "a").ShouldAllBe(r => !r.Flags.Contains(ReportFlag.Outlier));
        slot.Consensus!.Value.Value.ShouldBe(7612);
    }

    [Fact]
    public void With_two_reports_neither_is_called_an_outlier()
    {
        var slot = Only(Article("a", Figure("a", 300)), Article("b", Figure("b", 7500)));

        slot.Reports.ShouldAllBe(r => !r.Flags.Contains(ReportFlag.Outlier));
        slot.Status.ShouldBe(FactStatus.Disputed);
    }

    [Fact]
    public void A_later_lower_toll_is_stale_and_the_consensus_keeps_the_higher_figure()
    {
        var slot = Only(Article("a", Figure("a", 23, asOf: Day1)), Article("b", Figure("b", 9, asOf: Day1.AddDays(4))));

        slot.Reports.Single(r => r.Claim.Evidence.Article == "b").Flags.ShouldContain(ReportFlag.Stale);
        slot.Consensus!.Value.Value.ShouldBe(23);
        slot.Status.ShouldBe(FactStatus.Disputed);
    }

    [Fact]
    public void An_older_lower_toll_is_superseded_by_a_later_higher_one()
    {
        var slot = Only(Article("a", Figure("a", 140, eventName: "injured", asOf: Day1)), Article("b", Figure("b", 141, eventName: "injured", asOf: Day1.AddDays(1))));

        slot.Reports.Single(r => r.Claim.Evidence.Article == "a").Flags.ShouldContain(ReportFlag.Stale);
        slot.Consensus!.Value.Value.ShouldBe(141);
    }

    [Fact]
    public void A_figure_that_may_fall_keeps_the_newer_report_when_an_older_one_differs()
    {
        var slot = Only(Article("a", Figure("a", 6000, eventName: "displaced", asOf: Day1)), Article("b", Figure("b", 2000, eventName: "displaced", asOf: Day1.AddDays(5))));

        slot.Reports.Single(r => r.Claim.Evidence.Article == "a").Flags.ShouldContain(ReportFlag.Stale);
        slot.Consensus!.Value.Value.ShouldBe(2000);
    }

    [Fact]
    public void Near_duplicates_count_once()
    {
        var duplicates = new Dictionary<string, string> { ["copy"] = "wire" };
        var slot = CountChecker.Check([Article("wire", Figure("wire", 21, Hedge.AtLeast)), Article("copy", Figure("copy", 21, Hedge.AtLeast))], duplicates, Day1).ShouldHaveSingleItem();

        slot.Status.ShouldBe(FactStatus.SingleSource);
        slot.Sources.ShouldBe(1);
        var copy = slot.Reports.Single(r => r.Claim.Evidence.Article == "copy");
        copy.Flags.ShouldContain(ReportFlag.Duplicate);
        copy.DuplicateOf.ShouldBe("wire");
    }

    [Fact]
    public void A_figure_dated_before_the_story_is_background_and_not_a_report()
    {
        var background = Figure("a", 12, mentioned: new DateRange(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31)));
        var slot = Only(Article("a", background, Figure("a", 3)), Article("b", Figure("b", 3)));

        slot.Reports.Select(r => r.Claim.Value).ShouldBe([3.0, 3.0]);
        slot.Status.ShouldBe(FactStatus.Agreed);
        CountChecker.IsBackground(background, Day1).ShouldBeTrue();
        CountChecker.IsBackground(background, new DateOnly(2022, 1, 5)).ShouldBeFalse();
    }

    /// <summary>The slots of articles each giving (killed, injured), a day apart in that order.</summary>
    private static ImmutableArray<FactSlot> KilledAndInjured(params (int Killed, int Injured)[] reports) =>
        CountChecker.Check(
            [.. reports.Select((r, i) => Article($"a{i}", Figure($"a{i}", r.Killed), Figure($"a{i}", r.Injured, eventName: "injured", asOf: Day1.AddDays(i))))],
            NoDuplicates,
            Day1);

    private static bool CountsTheDead(FactReport report) => report.Reason?.Contains("count them too", StringComparison.Ordinal) == true;

    [Fact]
    public void An_injured_figure_that_is_another_plus_the_agreed_dead_counts_the_dead_too_and_is_not_the_consensus()
    {
        // "Eight people were shot, one fatally" read as eight injured; the earlier report gives seven injured and one dead.
        var injured = KilledAndInjured((1, 7), (1, 8)).Single(s => s.Event == "injured");

        injured.Consensus!.Value.Value.ShouldBe(7);
        injured.Status.ShouldBe(FactStatus.Disputed);
        var inclusive = injured.Reports.Single(r => r.Claim.Value == 8);
        inclusive.Flags.ShouldBe([ReportFlag.Disputed]);
        inclusive.Reason.ShouldBe("its figure is another report's plus the 1 killed: it seems to count them too");
        injured.Reports.Single(r => r.Claim.Value == 7).Flags.ShouldNotContain(ReportFlag.Stale);
    }

    [Fact]
    public void Of_a_chain_of_injured_figures_only_one_given_less_often_than_the_lower_is_taken_to_count_the_dead()
    {
        var injured = KilledAndInjured((1, 6), (1, 7), (1, 7), (1, 8)).Single(s => s.Event == "injured");

        injured.Consensus!.Value.Value.ShouldBe(7);
        injured.Reports.Where(CountsTheDead).ShouldHaveSingleItem().Claim.Value.ShouldBe(8);
    }

    [Fact]
    public void A_death_toll_in_dispute_says_nothing_about_the_injured()
    {
        var slots = KilledAndInjured((1, 7), (2, 8));

        slots.Single(s => s.Event == "killed").Status.ShouldBe(FactStatus.Disputed);
        slots.Single(s => s.Event == "injured").Reports.ShouldNotContain(r => CountsTheDead(r));
    }

    [Fact]
    public void Injured_figures_apart_by_other_than_the_agreed_dead_are_judged_as_usual()
    {
        var injured = KilledAndInjured((2, 7), (2, 8)).Single(s => s.Event == "injured");

        injured.Consensus!.Value.Value.ShouldBe(8);
        injured.Reports.Single(r => r.Claim.Value == 7).Flags.ShouldContain(ReportFlag.Stale);
    }

    [Fact]
    public void Each_article_gives_its_largest_figure_for_a_slot_and_other_groups_are_other_slots()
    {
        var slots = CountChecker.Check(
            [Article("a", Figure("a", 140, eventName: "injured"), Figure("a", 4, eventName: "injured"), Figure("a", 2, eventName: "injured", group: "firefighters"))],
            NoDuplicates,
            Day1);

        slots.Length.ShouldBe(2);
        slots.Single(s => s.Group == "people").Reports.ShouldHaveSingleItem().Claim.Value.ShouldBe(140);
        slots.Single(s => s.Group == "firefighters").Status.ShouldBe(FactStatus.SingleSource);
    }

    [Theory]
    [InlineData(null, "people")]
    [InlineData("residents", "people")]
    [InlineData("lives", "people")]
    [InlineData("Gazans", "Palestinians")]
    [InlineData("Palestinian", "Palestinians")]
    [InlineData("Israelis", "Israelis")]
    [InlineData("child", "children")]
    [InlineData("workers", "workers")]
    [InlineData("homes", "homes")]
    [InlineData("hostages", "people")]
    [InlineData("casualties", "people")]
    public void Counted_groups_are_normalised(string? counted, string group) =>
        CountedGroups.Normalize(counted).ShouldBe(group);

    [Fact]
    public void Slots_with_more_sources_come_first() =>
        CountChecker.Check(
            [Article("a", Figure("a", 5, eventName: "arrested")), Article("b", Figure("b", 3), Figure("b", 5, eventName: "arrested"))],
            NoDuplicates,
            Day1).Select(s => s.Event).ShouldBe(["arrested", "killed"]);

    [Fact]
    public void Reports_keep_their_evidence()
    {
        var slot = Only(Article("a", Figure("a", 3)));

        slot.Reports[0].Claim.Evidence.ShouldBe(new Evidence("a", 0, "3 people killed.", new TextSpan(0, 3)));
    }
}
