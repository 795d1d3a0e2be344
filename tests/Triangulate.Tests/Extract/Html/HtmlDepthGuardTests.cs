using System.Text;
using Triangulate.Extract.Html;

namespace Triangulate.Tests.Extract.Html;

public class HtmlDepthGuardTests
{
    [Fact]
    public void Leaves_an_ordinary_page_untouched()
    {
        var html = "<html><head><script>if (a < b) { x = '<div>'; }</script></head><body><div class=\"a>b\"><p>One<p>Two"
            + "<!-- <div><div><div> --><br/><img src=x></div></body></html>";

        HtmlDepthGuard.Flatten(html).ShouldBeSameAs(html);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void Drops_tags_past_the_guard_depth_and_keeps_their_text(string tag)
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append('<').Append(tag).Append(" class=\"level\">word").Append(i).Append(' ');
        }

        for (var i = 0; i < 10_000; i++)
        {
            html.Append("</").Append(tag).Append('>');
        }

        html.Append("<p>after</p></body></html>");

        var flattened = HtmlDepthGuard.Flatten(html.ToString());

        CountOf(flattened, "<" + tag + " ").ShouldBe(HtmlDepthGuard.MaxOpenElements);
        CountOf(flattened, "</" + tag + ">").ShouldBe(HtmlDepthGuard.MaxOpenElements);
        flattened.ShouldContain("word9999 ");
        flattened.ShouldContain("<p>after</p>");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
