using Triangulate.Extract;

namespace Triangulate.Tests.Extract.PlainText;

public class WrittenDatesTests
{
    [Theory]
    [InlineData("2023-11-15", "2023-11-15")]
    [InlineData("Nov. 3, 2023", "2023-11-03")]
    [InlineData("Nov 3, 2023", "2023-11-03")]
    [InlineData("November 3rd, 2023", "2023-11-03")]
    [InlineData("3 November 2023", "2023-11-03")]
    [InlineData("Sept. 21, 2015", "2015-09-21")]
    [InlineData("Friday, 3 November 2023", "2023-11-03")]
    [InlineData("Tuesday, January 28, 2014 8:18 PM EST", "2014-01-28T20:18:00-05:00")]
    [InlineData("May 15, 2024 06:40 UTC", "2024-05-15T06:40:00+00:00")]
    [InlineData("Thursday, May 16, 2024 at 9:15 a.m.", "2024-05-16T09:15:00+00:00")]
    [InlineData("Wednesday, December 28, 2016 @ 5:31 PM", "2016-12-28T17:31:00+00:00")]
    [InlineData("Mar 28, 2017 - 7:50 PM", "2017-03-28T19:50:00+00:00")]
    public void Parses_dates_as_news_pages_write_them(string text, string iso)
    {
        PublicationDate.TryParse(text, out var date).ShouldBeTrue();
        date.ToString().ShouldBe(iso);
    }

    [Theory]
    [InlineData("")]
    [InlineData("last Tuesday")]
    [InlineData("Nov. 3")]
    [InlineData("the 3rd of never")]
    public void Rejects_text_that_is_not_a_full_date(string text)
    {
        PublicationDate.TryParse(text, out _).ShouldBeFalse();
    }
}
