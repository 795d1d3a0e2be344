using Triangulate.Annotate.Quantities;
using Triangulate.Extract;
using Triangulate.Tests.Annotate;

namespace Triangulate.Tests.Annotate.Quantities;

public class PastEventsTests
{
    private static List<Quantity> Figures(DateOnly published, params string[] paragraphs) =>
        [.. AnnotateHelper.AnnotateAll(AnnotateHelper.Article(paragraphs) with { Published = new PublicationDate(published, null) })
            .Quantities.Where(q => q.Event == "killed")];

    [Fact]
    public void A_sentence_dated_years_before_the_article_tells_of_an_earlier_event()
    {
        var figures = Figures(new DateOnly(2016, 5, 2), "Two men were killed in a shooting at a bar on Sunday.", "In 2009, a gunman killed 12 people at a base in the same county.");
        figures.Single(q => q.Value == 12).Scope.ShouldBe(QuantityScope.Past);
        figures.Single(q => q.Value == 2).Scope.ShouldBe(QuantityScope.Event);
    }

    [Fact]
    public void Last_year_is_still_the_reported_event_s()
    {
        var figures = Figures(new DateOnly(2016, 5, 2), "A jury heard how the defendant killed three people in a shooting in June 2015.");
        figures.Single(q => q.Value == 3).Scope.ShouldBe(QuantityScope.Event);
    }

    [Fact]
    public void A_recent_date_in_the_same_sentence_keeps_the_figure_the_event_s()
    {
        var figures = Figures(new DateOnly(2016, 5, 2), "The man, convicted of robbery in 2008, killed two people on Saturday, April 30, 2016.");
        figures.Single(q => q.Value == 2).Scope.ShouldBe(QuantityScope.Event);
    }

    [Fact]
    public void A_block_number_is_no_year() =>
        Figures(new DateOnly(2016, 5, 2), "Two men were found dead in the 1900 block of Elm Street.").Single(q => q.Value == 2).Scope.ShouldBe(QuantityScope.Event);
}
