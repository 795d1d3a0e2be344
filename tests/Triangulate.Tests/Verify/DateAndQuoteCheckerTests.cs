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
        new(id, eventDay.AddDays(1), [], Day(id, eventDay), null, string.Empty, [Day(id, eventDay), .. others.Select(d => Day(id, d))], [], [], [], []);

    /// <summary>An article with no date of any kind that names the given weekdays, in order.</summary>
    private static ArticleClaims Undated(string id, params DayOfWeek[] weekdays) =>
        new(id, null, [], null, null, string.Empty, [], [], [.. weekdays.Select(d => new WeekdayClaim(new Evidence(id, 0, $"on {d}", new TextSpan(3, d.ToString().Length)), d.ToString(), d))], [], []);

    private static ArticleClaims Quoting(string id, string text, string? speaker) =>
        new(id, null, [], null, null, string.Empty, [], [], [], [new QuoteClaim(new Evidence(id, 0, text, new TextSpan(0, text.Length)), text, speaker, Normalize(text))], []);

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

    [Fact]
    public void An_undated_article_that_puts_the_event_on_another_weekday_is_misdated()
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("a", tuesday), Dated("b", tuesday), Undated("c", DayOfWeek.Monday)], NoDuplicates)!;

        slot.Status.ShouldBe(FactStatus.Disputed);
        slot.Sources.ShouldBe(3);
        var report = slot.Reports.Single(r => r.Claim.Evidence.Article == "c");
        report.Claim.WeekdayOnly.ShouldBeTrue();
        report.Claim.Date.ShouldBe(tuesday.AddDays(-1));
        report.Flags.ShouldBe([ReportFlag.Misdated]);
        report.Reason.ShouldBe("it puts the event on a Monday, with no year or publication date to fix the day; 2 other sources date it Tuesday 13 May 2031, a Tuesday");
    }

    [Fact]
    public void An_undated_article_naming_the_agreed_weekday_corroborates_it()
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("a", tuesday), Undated("b", DayOfWeek.Tuesday, DayOfWeek.Thursday)], NoDuplicates)!;

        slot.Status.ShouldBe(FactStatus.Agreed);
        slot.Reports.Single(r => r.Claim.Evidence.Article == "b").Flags.ShouldBe([ReportFlag.Corroborated]);
    }

    [Theory]
    [InlineData(1, DayOfWeek.Thursday, DayOfWeek.Tuesday)] // names the agreed weekday later on: a follow-up, not a slip
    [InlineData(2, DayOfWeek.Thursday)] // one source is too few to call another wrong
    public void An_undated_weekday_is_only_disputed_when_the_case_against_it_is_weak(int dated, params DayOfWeek[] weekdays)
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var articles = Enumerable.Range(0, dated).Select(i => Dated($"d{i}", tuesday)).Append(Undated("u", weekdays)).ToList();
        if (dated == 2)
        {
            articles[1] = Dated("d1", tuesday.AddDays(1));
        }

        var slot = DateChecker.Check(articles, NoDuplicates)!;

        slot.Reports.Single(r => r.Claim.Evidence.Article == "u").Flags.ShouldBe([ReportFlag.Disputed]);
    }

    [Fact]
    public void Weekdays_alone_date_nothing_and_a_near_duplicate_counts_once()
    {
        DateChecker.Check([Undated("a", DayOfWeek.Monday), Undated("b", DayOfWeek.Monday)], NoDuplicates).ShouldBeNull();

        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("a", tuesday), Undated("b", DayOfWeek.Tuesday)], new Dictionary<string, string> { ["b"] = "a" })!;
        slot.Sources.ShouldBe(1);
        slot.Status.ShouldBe(FactStatus.SingleSource);
        var repeat = slot.Reports.Single(r => r.Claim.Evidence.Article == "b");
        repeat.DuplicateOf.ShouldBe("a");
        repeat.Flags.ShouldBe([ReportFlag.Duplicate]);
    }

    [Fact]
    public void An_undated_original_listed_after_its_copy_is_still_the_original()
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("c", tuesday), Dated("d", tuesday), Undated("b", DayOfWeek.Monday), Undated("a", DayOfWeek.Monday)], new Dictionary<string, string> { ["b"] = "a" })!;

        var original = slot.Reports.Single(r => r.Claim.Evidence.Article == "a");
        original.DuplicateOf.ShouldBeNull();
        original.Flags.ShouldBe([ReportFlag.Misdated]);
        var copy = slot.Reports.Single(r => r.Claim.Evidence.Article == "b");
        copy.DuplicateOf.ShouldBe("a");
        copy.Flags.ShouldBe([ReportFlag.Duplicate, ReportFlag.Misdated]);
        copy.Reason.ShouldBe(original.Reason);
        slot.Sources.ShouldBe(3);
    }

    [Fact]
    public void A_dated_report_an_undated_weekday_agrees_with_is_corroborated_by_it()
    {
        var tuesday = new DateOnly(2031, 5, 13);
        var slot = DateChecker.Check([Dated("a", tuesday), Undated("b", DayOfWeek.Tuesday)], NoDuplicates)!;

        slot.Reports.Single(r => r.Claim.Evidence.Article == "a").Flags.ShouldBe([ReportFlag.Corroborated]);
    }

    [Fact]
    public void An_article_with_no_date_gives_the_weekdays_it_names_and_a_dated_one_none()
    {
        const string body = "The bridge gave way late on Monday, officials said on Tuesday's briefing.";
        var undated = ClaimExtractor.Extract(AnnotateHelper.AnnotateAll(new Article { Id = "a", Source = "a.txt", Body = body }));
        var dated = ClaimExtractor.Extract(AnnotateHelper.AnnotateAll(new Article { Id = "b", Source = "b.txt", Body = body, Published = new PublicationDate(new DateOnly(2031, 5, 14), null) }));

        undated.EventDate.ShouldBeNull();
        undated.Weekdays.Select(w => w.Day).ShouldBe([DayOfWeek.Monday, DayOfWeek.Tuesday]);
        dated.Weekdays.ShouldBeEmpty();
        dated.EventDate.ShouldNotBeNull().Date.ShouldBe(new DateOnly(2031, 5, 12));
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
    public void Quotes_are_grouped_as_comparing_every_pair_would_group_them()
    {
        // Quotes drawn from a small vocabulary so that many overlap partly; the checker looks pairs up through an
        // index of rare words, and must find every pair the rule accepts.
        var random = new Random(7);
        string[] vocabulary = ["we", "will", "rebuild", "the", "town", "water", "came", "fast", "river", "levee", "night", "homes", "lost", "help", "now", "all"];
        var articles = Enumerable.Range(0, 120).Select(a =>
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 25)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            return Quoting($"a{a}", text, null);
        }).ToList();
        var quotes = articles.SelectMany(a => a.Quotes).ToList();

        var groups = QuoteChecker.Check(articles, NoDuplicates);

        var expected = BruteForceGroups(quotes);
        var actual = groups.Select(g => g.Reports.Select(r => r.Claim.Evidence.Article).Order(StringComparer.Ordinal).ToList()).ToList();
        actual.Count.ShouldBe(expected.Count);
        actual.Select(g => string.Join(',', g)).Order(StringComparer.Ordinal)
            .ShouldBe(expected.Select(g => string.Join(',', g)).Order(StringComparer.Ordinal));
        actual.ShouldContain(g => g.Count > 2);
    }

    /// <summary>The grouping rule applied to every pair: same words, or most of the shorter one's words in the longer.</summary>
    private static List<List<string>> BruteForceGroups(List<QuoteClaim> quotes)
    {
        var words = quotes.Select(q => q.Normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet()).ToList();
        var group = Enumerable.Range(0, quotes.Count).ToArray();
        for (var i = 0; i < quotes.Count; i++)
        {
            for (var j = i + 1; j < quotes.Count; j++)
            {
                var shorter = Math.Min(words[i].Count, words[j].Count);
                var (small, large) = words[i].Count <= words[j].Count ? (words[i], words[j]) : (words[j], words[i]);
                if (quotes[i].Normalized == quotes[j].Normalized
                    || (shorter >= QuoteChecker.MinimumWordsToMatch && small.Count(large.Contains) >= QuoteChecker.SameQuoteOverlap * shorter))
                {
                    var (from, to) = (group[j], group[i]);
                    for (var k = 0; k < group.Length; k++)
                    {
                        group[k] = group[k] == from ? to : group[k];
                    }
                }
            }
        }

        return [.. Enumerable.Range(0, quotes.Count).GroupBy(i => group[i]).Select(g => g.Select(i => quotes[i].Evidence.Article).Order(StringComparer.Ordinal).ToList())];
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
