using Triangulate.Extract.PlainText;

namespace Triangulate.Tests.Extract.PlainText;

public class PlainTextRulesTests
{
    [Fact]
    public void Loads_every_embedded_rule_file()
    {
        var rules = PlainTextRules.Default;

        rules.LineRules.ShouldNotBeEmpty();
        rules.InlineRules.ShouldNotBeEmpty();
        rules.Published.ShouldNotBeEmpty();
        rules.Updated.ShouldNotBeEmpty();
        rules.DateOnly.ShouldNotBeEmpty();
        rules.Byline.ShouldNotBeEmpty();
        rules.Dateline.ShouldNotBeEmpty();
        rules.DatelineOnly.ShouldNotBeEmpty();
        rules.RunOn.ShouldNotBeEmpty();
        rules.Metadata.ShouldNotBeEmpty();
        rules.Markdown.Heading.ShouldNotBeEmpty();
        rules.Markdown.Unwrap.ShouldNotBeEmpty();
        rules.TimeZones.ShouldContainKey("UTC");
        rules.Definitions.ShouldContainKey("agencies");
        rules.Dates.Keys.ShouldBe(["joiner", "meridiem", "month", "ordinal", "weekday", "year", "zone"], ignoreOrder: true);
    }

    [Fact]
    public void Reads_each_data_file_once()
    {
        TextResources.Lines("wire-agencies.txt").ShouldBeSameAs(TextResources.Lines("wire-agencies.txt"));
    }

    [Fact]
    public void Drops_comments_and_blank_lines_from_data_files()
    {
        TextResources.Lines("furniture.rules").ShouldAllBe(line => line.Length > 0 && !line.StartsWith('#'));
    }

    [Fact]
    public void Reports_a_missing_data_file_by_name()
    {
        Should.Throw<InvalidOperationException>(() => TextResources.Lines("no-such-file.txt"))
            .Message.ShouldContain("no-such-file.txt");
    }
}
