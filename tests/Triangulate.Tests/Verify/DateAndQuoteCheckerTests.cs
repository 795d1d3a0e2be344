using Triangulate.Annotate;
using Triangulate.Claims;
using Triangulate.Extract;
using Triangulate.Tests.Annotate;
using Triangulate.Verify;

namespace Triangulate.Tests.Verify;

public class DateAndQuoteCheckerTests
{
    private static readonly Dictionary<string, string> NoDuplicates = [];

    private static DateClaim Day(string article, DateOnly date, string text = "Tuesday") =>
        new(new Evidence(article, 0, text, new TextSpan(0, text.Length)), text, date);

    private static ArticleClaims Dated(string id, DateOnly eventDay, params DateOnly[] others) =>
        new(id, eventDay.AddDays(1), [], Day(id, eventDay), null, string.Empty, [Day(id, eventDay), .. others.Select(d => Day(id, d))], [], [], []);

    private static ArticleClaims Quoting(string id, string text, string? speaker) =>
        new(id, null, [], null, null, string.Empty, [], [], [new QuoteClaim(new Evidence(id, 0, text, new TextSpan(0, text.Length)), text, speaker, Normalize(text))], []);

    private static string Normalize(string text) =>
        string.Join(' ', new string([.. text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void An_article_that_puts_the_event_on_another_day_and_never_names_the_agreed_day_is_misdated()
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("a", tuesday), Dated("b", tuesday), Dated("c", tuesday.AddDays(6))], NoDuplicates)!;

        slot.Consensus.ShouldBe(tuesday);
        slot.Status.ShouldBe(FactStatus.Disputed);
        slot.Reports.Single(r => r.Claim.Evidence.Article == "c").Flags.ShouldContain(ReportFlag.Misdated);
    }

    [Fact]
    public void A_day_months_away_is_another_event_taken_in_by_the_story_not_a_misdating()
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("a", tuesday), Dated("b", tuesday), Dated("c", tuesday.AddDays(DateChecker.MisdatedMaxDays + 1))], NoDuplicates)!;

        slot.Reports.Single(r => r.Claim.Evidence.Article == "c").Flags.ShouldBe([ReportFlag.Disputed]);
    }

    [Fact]
    public void A_follow_up_that_names_the_agreed_day_too_is_not_misdated()
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("a", tuesday), Dated("b", tuesday), Dated("c", tuesday.AddDays(-3), tuesday)], NoDuplicates)!;

        slot.Reports.Single(r => r.Claim.Evidence.Article == "c").Flags.ShouldNotContain(ReportFlag.Misdated);
    }

    [Theory]
    [InlineData("The ministers met on Monday, Nov. 3, 2023, in the capital.", true)]
    [InlineData("The ministers met on Friday, Nov. 3, 2023, in the capital.", false)]
    [InlineData("The ministers met on Friday, November 3 in the capital.", false)]
    public void A_weekday_written_beside_a_date_it_does_not_fall_on_is_a_calendar_error(string sentence, bool error)
    {
        var article = new Article { Id = "a", Source = "a.txt", Body = sentence, Published = new PublicationDate(new DateOnly(2023, 11, 10), null) };
        var annotated = AnnotateHelper.AnnotateAll(article);

        var claims = ClaimExtractor.Extract(annotated);

        claims.CalendarErrors.Length.ShouldBe(error ? 1 : 0);
        if (error)
        {
            claims.CalendarErrors[0].Stated.ShouldBe(DayOfWeek.Monday);
            DateChecker.CalendarReason(claims.CalendarErrors[0]).ShouldContain("was a Friday");
        }
    }

    [Fact]
    public void The_same_words_given_to_two_speakers_are_misattributed()
    {
        var group = QuoteChecker.Check([Quoting("a", "We will rebuild this town together", "Ana Ortiz"), Quoting("b", "We will rebuild this town together", "Piet Laan")], NoDuplicates).ShouldHaveSingleItem();

        group.Status.ShouldBe(QuoteStatus.Misattributed);
        group.Speakers.ShouldBe(["Ana Ortiz", "Piet Laan"], ignoreOrder: true);
    }

    [Fact]
    public void A_short_name_is_the_same_speaker_as_the_full_name_it_ends()
    {
        var group = QuoteChecker.Check([Quoting("a", "We will rebuild this town together", "Ana Ortiz"), Quoting("b", "We will rebuild this town together", "Ortiz")], NoDuplicates).ShouldHaveSingleItem();

        group.Status.ShouldBe(QuoteStatus.Consistent);
        group.Speaker.ShouldBe("Ana Ortiz");
    }

    [Fact]
    public void The_same_quote_in_other_words_is_drift_but_a_part_of_it_is_not()
    {
        var drift = QuoteChecker.Check([Quoting("a", "We will rebuild this town together", "Ana Ortiz"), Quoting("b", "We will rebuild this whole town together", "Ana Ortiz")], NoDuplicates).ShouldHaveSingleItem();
        var partial = QuoteChecker.Check([Quoting("a", "We will rebuild this town together", "Ana Ortiz"), Quoting("b", "rebuild this town", "Ana Ortiz")], NoDuplicates).ShouldHaveSingleItem();

        drift.Status.ShouldBe(QuoteStatus.Drift);
        partial.Status.ShouldBe(QuoteStatus.Consistent);
    }

    [Fact]
    public void Different_quotes_stay_apart_and_a_lone_one_is_single_source()
    {
        var groups = QuoteChecker.Check([Quoting("a", "We will rebuild this town together", "Ana Ortiz"), Quoting("b", "The river has never been this high", "Piet Laan")], NoDuplicates);

        groups.Length.ShouldBe(2);
        groups.ShouldAllBe(g => g.Status == QuoteStatus.SingleSource);
    }
}
