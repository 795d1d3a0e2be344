using System.Globalization;
using Triangulate.Annotate.Times;

namespace Triangulate.Tests.Annotate.Times;

public class TimeExpressionRecognizerTests
{
    // A Wednesday, in ISO week 46.
    private const string Published = "2023-11-15";

    private static readonly TimeExpressionRecognizer Recognizer = new();

    private static IReadOnlyList<TimeExpression> Find(string text, string? reference = Published) =>
        Recognizer.Recognize(text, reference is null ? null : DateOnly.Parse(reference, CultureInfo.InvariantCulture));

    private static TimeExpression Single(string text, string span, string? reference = Published)
    {
        var found = Find(text, reference);
        var expression = found.ShouldHaveSingleItem($"in \"{text}\" found: {string.Join(", ", found.Select(f => f.Text))}");
        expression.Text.ShouldBe(span);
        text.Substring(expression.Start, expression.Length).ShouldBe(span);
        return expression;
    }

    [Theory]
    [InlineData("The envoy arrived on Nov. 3 with a proposal.", "Nov. 3", "2023-11-03")]
    [InlineData("The meeting took place on November 3, 2023, in the capital.", "November 3, 2023", "2023-11-03")]
    [InlineData("The convoy left on 3 November under escort.", "3 November", "2023-11-03")]
    [InlineData("The raids of Oct. 7 changed the region.", "Oct. 7", "2023-10-07")]
    [InlineData("Aid trucks arrived on March 30.", "March 30", "2023-03-30")]
    [InlineData("The law took effect in March.", "March", "2023-03")]
    [InlineData("The audit was filed on 2023-11-15.", "2023-11-15", "2023-11-15")]
    [InlineData("The deadline is 11/15/2023 at the latest.", "11/15/2023", "2023-11-15")]
    [InlineData("Crews worked through the storm yesterday.", "yesterday", "2023-11-14")]
    [InlineData("The council votes today.", "today", "2023-11-15")]
    [InlineData("Prices rose sharply this week.", "this week", "2023-W46")]
    [InlineData("The ministers will meet again next week.", "next week", "2023-W47")]
    [InlineData("Earlier this month the agency cut rates.", "this month", "2023-11")]
    [InlineData("Sales fell last year.", "last year", "2022")]
    [InlineData("The plant opened in 1998.", "1998", "1998")]
    [InlineData("The city grew fast in the 1990s.", "the 1990s", "199X")]
    [InlineData("The company was founded two years ago.", "two years ago", "2021")]
    [InlineData("Profits rose in the third quarter.", "the third quarter", "2023-Q3")]
    [InlineData("Output fell in the fourth quarter of 2022.", "the fourth quarter of 2022", "2022-Q4")]
    [InlineData("Exports slowed in Q2 2023.", "Q2 2023", "2023-Q2")]
    [InlineData("Repairs will begin this summer.", "this summer", "2023-SU")]
    [InlineData("Shops close in mid-November.", "mid-November", "2023-11")]
    [InlineData("The mill closed at the end of 1994.", "the end of 1994", "1994")]
    [InlineData("The bridge was built in nineteen ninety-six.", "nineteen ninety-six", "1996")]
    [InlineData("Prices fell in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    [InlineData("The market reopens after Christmas.", "Christmas", "2023-12-25")]
    [InlineData("The deal should close by year-end.", "year-end", "2023")]
    public void Resolves_dates_against_the_publication_date(string text, string span, string value)
    {
        var expression = Single(text, span);
        expression.Value.ShouldBe(value);
        expression.Type.ShouldBe(TimeExpressionType.Date);
        expression.Reason.ShouldBeNull();
    }

    [Theory]
    [InlineData("The ministers met on Monday in the capital.", "Monday", "2023-11-13")]
    [InlineData("The envoy flew home on Wednesday.", "Wednesday", "2023-11-15")]
    [InlineData("Talks resumed late Friday after a pause.", "late Friday", "2023-11-10")]
    [InlineData("He spoke to reporters last Wednesday.", "last Wednesday", "2023-11-08")]
    [InlineData("On Friday, Nov. 3, the envoy arrived.", "Friday", "2023-11-03")]
    [InlineData("The talks open on Monday 6 November.", "Monday", "2023-11-06")]
    public void Resolves_a_past_weekday_to_the_most_recent_one_before_publication(string text, string span, string value)
    {
        Find(text)[0].ShouldSatisfyAllConditions(
            e => e.Text.ShouldBe(span),
            e => e.Value.ShouldBe(value));
    }

    [Theory]
    [InlineData("The ministers will meet on Monday.", "Monday", "2023-11-20")]
    [InlineData("The summit is scheduled for Friday.", "Friday", "2023-11-17")]
    [InlineData("They meet again next Monday.", "next Monday", "2023-11-20")]
    [InlineData("The court is expected to rule on Wednesday.", "Wednesday", "2023-11-15")]
    public void Resolves_a_weekday_with_a_future_cue_to_the_following_one(string text, string span, string value) =>
        Single(text, span).Value.ShouldBe(value);

    [Theory]
    [InlineData("Fighting continued into Friday night near the border.", "Friday night", "2023-11-10TNI")]
    [InlineData("The minister will speak tonight.", "tonight", "2023-11-15TNI")]
    [InlineData("Shelling resumed this morning.", "this morning", "2023-11-15TMO")]
    [InlineData("Rain fell overnight across the north.", "overnight", "2023-11-14TNI")]
    [InlineData("The vote is at 2 p.m. in the chamber.", "2 p.m.", "2023-11-15T14:00")]
    [InlineData("The statement came at 14:00 GMT.", "14:00 GMT", "2023-11-15T14:00")]
    [InlineData("Polls close at 9 p.m. Tuesday.", "9 p.m. Tuesday", "2023-11-14T21:00")]
    public void Resolves_times_of_day(string text, string span, string value)
    {
        var expression = Single(text, span);
        expression.Value.ShouldBe(value);
        expression.Type.ShouldBe(TimeExpressionType.Time);
    }

    [Theory]
    [InlineData("Prices have doubled over the past three weeks.", "the past three weeks", "P3W")]
    [InlineData("The strike lasted three weeks.", "three weeks", "P3W")]
    [InlineData("She resigned a day after the vote.", "a day", "P1D")]
    [InlineData("Rescuers searched for twenty four hours.", "twenty four hours", "PT24H")]
    [InlineData("The talks took half an hour.", "half an hour", "PT30M")]
    [InlineData("The siege lasted a year and a half.", "a year and a half", "P18M")]
    [InlineData("The storm lasted a few days.", "a few days", "PXD")]
    [InlineData("He served a two-year term.", "two-year", "P2Y")]
    [InlineData("The ban was extended for two more weeks.", "two more weeks", "P2W")]
    [InlineData("It ended a decades-long feud.", "decades-long", "PXDE")]
    [InlineData("Prices have risen over the years.", "the years", "PXY")]
    [InlineData("The oak has stood for 1,000 years.", "1,000 years", "P1000Y")]
    [InlineData("Prices will stay high for a couple of years.", "a couple of years", "P2Y")]
    public void Reads_durations(string text, string span, string value)
    {
        var expression = Single(text, span);
        expression.Value.ShouldBe(value);
        expression.Type.ShouldBe(TimeExpressionType.Duration);
    }

    [Theory]
    [InlineData("The ferry sails every day at dawn.", "every day", "P1D")]
    [InlineData("The council meets weekly.", "weekly", "P1W")]
    [InlineData("The river floods twice a year.", "a year", "P1Y")]
    [InlineData("Hiring ran at 358,000 a month.", "a month", "P1M")]
    [InlineData("The market opens every Monday.", "every Monday", "XXXX-WXX-1")]
    public void Reads_recurring_times_as_sets(string text, string span, string value)
    {
        var expression = Single(text, span);
        expression.Value.ShouldBe(value);
        expression.Type.ShouldBe(TimeExpressionType.Set);
    }

    [Theory]
    [InlineData("The border is now closed.", "now", "PRESENT_REF")]
    [InlineData("The mayor is currently abroad.", "currently", "PRESENT_REF")]
    [InlineData("The group recently changed its name.", "recently", "PAST_REF")]
    [InlineData("The former minister declined to comment.", "former", "PAST_REF")]
    [InlineData("Nobody can predict the future of the talks.", "the future", "FUTURE_REF")]
    public void Reads_vague_references_to_the_present_past_and_future(string text, string span, string value) =>
        Single(text, span).Value.ShouldBe(value);

    [Theory]
    [InlineData("Shops were shut on Easter 2024.", "Easter 2024", "2024-03-31")]
    [InlineData("Flights were full before Thanksgiving 2023.", "Thanksgiving 2023", "2023-11-23")]
    [InlineData("Parades were held on Memorial Day, 2023.", "Memorial Day, 2023", "2023-05-29")]
    [InlineData("The pact was signed on New Year's Day 2020.", "New Year's Day 2020", "2020-01-01")]
    [InlineData("Markets closed on Good Friday 2021.", "Good Friday 2021", "2021-04-02")]
    public void Computes_holidays_from_their_rules(string text, string span, string value) =>
        Single(text, span).Value.ShouldBe(value);

    [Fact]
    public void Compares_a_year_earlier_with_the_quarter_in_focus()
    {
        var found = Find("Profit rose to $9 million in the third quarter from $7 million a year earlier.");
        found.Select(f => (f.Text, f.Value)).ShouldBe([("the third quarter", "2023-Q3"), ("a year earlier", "2022-Q3")]);
    }

    [Theory]
    [InlineData("The ministers met on Monday.", "Monday", "XXXX-WXX-1")]
    [InlineData("The envoy arrived on Nov. 3.", "Nov. 3", "XXXX-11-03")]
    [InlineData("Sales fell last year.", "last year", "XXXX")]
    [InlineData("The vote is at 2 p.m.", "2 p.m.", "XXXX-XX-XXT14:00")]
    public void Keeps_an_unresolvable_expression_without_a_reference_date_and_says_why(string text, string span, string value)
    {
        var expression = Single(text, span, reference: null);
        expression.Value.ShouldBe(value);
        expression.Reason.ShouldBe(TimeExpressionRecognizer.NoReference);
        expression.IsResolved.ShouldBeFalse();
    }

    [Fact]
    public void Resolves_absolute_dates_without_a_reference_date()
    {
        var expression = Single("The meeting took place on November 3, 2023.", "November 3, 2023", reference: null);
        expression.Value.ShouldBe("2023-11-03");
        expression.Reason.ShouldBeNull();
    }

    [Fact]
    public void Marks_a_day_told_relative_to_an_event_as_unresolved()
    {
        var expression = Single("Officials had warned of an attack the day before the blast.", "the day before");
        expression.Value.ShouldBe("XXXX-XX-XX");
        expression.Reason.ShouldBe(TimeExpressionRecognizer.AnchoredToEvent);
    }

    [Theory]
    [InlineData("Officials said they may reconsider the plan.")]
    [InlineData("May it never happen again, she wrote.")]
    [InlineData("Thousands march through the capital to protest.")]
    [InlineData("A 12-year-old boy was hurt in the crash.")]
    [InlineData("The boy, who is 12 years old, was hurt.")]
    [InlineData("About 200 people attended the rally.")]
    [InlineData("Police found 2,000 rounds of ammunition.")]
    [InlineData("Prices could fall further as supply recovers.")]
    [InlineData("The ship carried 1,998 containers.")]
    public void Finds_no_time_in_modal_verbs_ages_and_counts(string text) =>
        Find(text).ShouldBeEmpty();

    [Fact]
    public void Gives_offsets_into_the_text_it_was_given()
    {
        const string Text = "Talks opened on Monday.\n\nThey ended three days later, on Nov. 16.";
        var found = Find(Text);
        found.Select(f => f.Text).ShouldBe(["Monday", "three days", "Nov. 16"]);
        foreach (var expression in found)
        {
            Text.Substring(expression.Start, expression.Length).ShouldBe(expression.Text);
        }
    }

    [Theory]
    [InlineData("2023-11-15")]
    [InlineData("2024-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData(null)]
    public void Never_throws_and_keeps_offsets_on_scrambled_time_words(string? reference)
    {
        var words = ("999999999 weeks ago 24:30 the Feb. 29 , 0000 31 st 1/1/1 31/31/2023 Q9 twenty-first century nineteen ninety " +
            "every other a few and a half 12 p.m. midnight on Monday Christmas 2199 ' 90 s - to or so mid . 3rd of May last next")
            .Split(' ');
        var random = new Random(11);
        for (var i = 0; i < 2_000; i++)
        {
            var separator = random.Next(3) == 0 ? "" : " ";
            var text = string.Join(separator, Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            foreach (var expression in Find(text, reference))
            {
                text.Substring(expression.Start, expression.Length).ShouldBe(expression.Text);
                expression.Value.ShouldNotBeNullOrEmpty();
            }
        }
    }

    [Fact]
    public void Treats_a_reference_date_outside_our_era_as_absent()
    {
        var expression = Single("Sales fell last year.", "last year", reference: "0001-01-01");
        expression.Value.ShouldBe("XXXX");
        expression.Reason.ShouldBe(TimeExpressionRecognizer.ReferenceOutOfRange);
    }

    [Theory]
    [InlineData("She won on a second attempt.")]
    [InlineData("He reads the daily on the train.")]
    [InlineData("Police closed the 2100 block of Main Street.")]
    [InlineData("The reporter June Carter asked a question.")]
    public void Leaves_ordinals_titles_and_addresses_alone(string text) =>
        Find(text).ShouldBeEmpty();

    [Theory]
    [InlineData("\n\n")]
    [InlineData(" ")]
    [InlineData("")]
    public void Reads_a_huge_body_in_slices_without_losing_or_moving_anything(string separator)
    {
        const string Sentence = "The envoy met the minister on Nov. 3 and left two days later.";
        var text = string.Join(separator, Enumerable.Repeat(Sentence, 5_000));
        var found = Find(text);
        found.Count(e => e.Value == "2023-11-03").ShouldBe(5_000);
        found.Count(e => e.Value == "P2D").ShouldBe(5_000);
        foreach (var expression in found)
        {
            text.Substring(expression.Start, expression.Length).ShouldBe(expression.Text);
        }
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => Recognizer.Recognize("on Monday", null, cancelled.Token));
    }

    [Fact]
    public void Loads_the_lexicons_from_the_embedded_resources()
    {
        TimeLexicon.Shared.Find("November")!.Month.ShouldBe(11);
        TimeLexicon.Shared.Find("friday")!.Weekday.ShouldBe(5);
        TimeLexicon.Shared.Find("fortnight")!.Unit.ShouldBe(TimeUnit.Fortnight);
    }
}
