using Triangulate.Annotate;
using Triangulate.Extract;
using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class StoryFeaturesTests
{
    private static readonly LayeredAnnotator Annotator = new(Annotators.Default);

    private static Annotated Annotate(string published, params string[] paragraphs)
    {
        var (body, spans) = Article.Join(paragraphs);
        var article = new Article
        {
            Id = "test",
            Source = "test.txt",
            Title = "A test",
            Body = body,
            Paragraphs = spans,
            Published = new PublicationDate(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null),
        };
        return Annotator.Annotate(article, CancellationToken.None);
    }

    [Fact]
    public void The_days_a_follow_up_names_include_the_day_of_the_event_it_follows()
    {
        var annotated = Annotate(
            "2024-04-12",
            "Police arrested a man on Thursday in the shooting at a backyard party on March 9 in Millbrook.",
            "He is due in court on Monday.");

        var dates = StoryFeatures.FindDates(annotated);

        dates.ShouldContain(new DateOnly(2024, 4, 11));
        dates.ShouldContain(new DateOnly(2024, 3, 9));
        StoryFeatures.From(annotated).Dates.ShouldBe(dates);
    }

    [Fact]
    public void A_time_on_a_day_names_that_day()
    {
        var annotated = Annotate("2024-04-12", "Two men were shot Tuesday evening outside a store in Millbrook.");

        StoryFeatures.FindEventDate(annotated).ShouldBe(new DateOnly(2024, 4, 9));
    }

    [Fact]
    public void Without_a_day_in_the_text_the_event_date_is_the_publication_date()
    {
        var annotated = Annotate("2024-04-12", "Residents of Millbrook gathered to remember the victims.");

        StoryFeatures.FindDates(annotated).ShouldBeEmpty();
        StoryFeatures.FindEventDate(annotated).ShouldBe(new DateOnly(2024, 4, 12));
    }
}
