using Triangulate.Extract;
using static Triangulate.Tests.Extract.PlainText.PlainTextFixture;

namespace Triangulate.Tests.Extract.PlainText;

public class PlainTextArticleExtractorTests
{
    private const string Headline = "Brackwell library closes as river rises";

    [Fact]
    public void Takes_a_title_like_first_line_as_the_headline()
    {
        var content = Read(Headline, Lead, Middle);

        content.Title.ShouldBe(Headline);
        content.Paragraphs.ShouldBe([Lead, Middle]);
        content.Removed.ShouldBe([new RemovedText(Headline, RemovalReason.Headline)]);
    }

    [Fact]
    public void Collapses_a_headline_repeated_on_the_next_line()
    {
        var content = Read(Headline, Headline, Lead, Middle);

        content.Title.ShouldBe(Headline);
        content.Paragraphs.ShouldBe([Lead, Middle]);
        content.Removed.Select(r => r.Reason).ShouldBe([RemovalReason.Headline, RemovalReason.RepeatedHeadline]);
    }

    [Fact]
    public void Collapses_a_headline_repeated_later_as_a_subheading()
    {
        var content = Read(Headline, Lead, "BRACKWELL LIBRARY CLOSES AS RIVER RISES", Middle);

        content.Paragraphs.ShouldBe([Lead, Middle]);
        content.Removed[^1].Reason.ShouldBe(RemovalReason.RepeatedHeadline);
    }

    [Fact]
    public void Removes_a_section_label_above_the_headline()
    {
        var content = Read("Local news", Headline, Lead, Middle);

        content.Title.ShouldBe(Headline);
        content.Paragraphs.ShouldBe([Lead, Middle]);
        content.Removed.ShouldBe([
            new RemovedText("Local news", RemovalReason.Boilerplate),
            new RemovedText(Headline, RemovalReason.Headline),
        ]);
    }

    [Fact]
    public void Reads_a_byline_at_the_end_of_the_article()
    {
        var content = Read(Lead, Middle, Close, "By Ruth Anning");

        content.Byline.ShouldBe("Ruth Anning");
        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
    }

    [Fact]
    public void Does_not_take_a_first_sentence_for_a_headline()
    {
        var content = Read(Lead, Middle, Close);

        content.Title.ShouldBeNull();
        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
        content.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void Does_not_take_the_only_line_for_a_headline()
    {
        var content = Read("Library closes as river rises");

        content.Title.ShouldBeNull();
        content.Paragraphs.ShouldBe(["Library closes as river rises"]);
    }

    [Fact]
    public void Reads_a_markdown_heading_as_the_headline_and_strips_emphasis()
    {
        var content = ReadText($"# {Headline}\n\nThe **county** said the _library_ would [reopen](https://example.test/a) on Monday.\n");

        content.Title.ShouldBe(Headline);
        content.Paragraphs.ShouldBe(["The county said the library would reopen on Monday."]);
    }

    [Fact]
    public void Removes_a_markdown_image_line_in_its_place()
    {
        var content = ReadText($"# {Headline}\n\n{Lead}\n\n![Sandbags outside the library](https://example.test/a.jpg)\n\n{Middle}\n");

        content.Paragraphs.ShouldBe([Lead, Middle]);
        content.Removed.ShouldBe([
            new RemovedText(Headline, RemovalReason.Headline),
            new RemovedText("![Sandbags outside the library](https://example.test/a.jpg)", RemovalReason.PhotoCredit),
        ]);
    }

    [Fact]
    public void Keeps_markdown_subheadings_as_paragraphs_without_their_markers()
    {
        var content = ReadText($"# {Headline}\n\n{Lead}\n\n## What happens next\n\n{Middle}\n");

        content.Paragraphs.ShouldBe([Lead, "What happens next", Middle]);
    }

    [Fact]
    public void Keeps_one_paragraph_per_line_when_lines_are_long()
    {
        var content = ReadText($"{Lead}\n{Middle}\n\n{Close}\n");

        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
    }

    [Fact]
    public void Joins_hard_wrapped_lines_within_a_block()
    {
        var text = """
            Floodwater reached the steps of the Brackwell library on Sunday,
            the county fire service said, after two days of rain in the hills
            above the town.

            Volunteers filled sandbags in the car park of the leisure centre
            through the night, and the council opened two school halls for
            families who had to leave.
            """;

        var content = ReadText(text);

        content.Paragraphs.ShouldBe([
            "Floodwater reached the steps of the Brackwell library on Sunday, the county fire service said, after two days of rain in the hills above the town.",
            "Volunteers filled sandbags in the car park of the leisure centre through the night, and the council opened two school halls for families who had to leave.",
        ]);
    }

    [Fact]
    public void Keeps_a_short_headline_and_byline_apart_from_wrapped_body_text()
    {
        var text = """
            River closes Brackwell library
            By Ruth Anning

            Floodwater reached the steps of the Brackwell library on Sunday,
            the county fire service said, after two days of rain in the hills
            above the town. Volunteers filled sandbags in the car park through
            the night.
            """;

        var content = ReadText(text);

        content.Title.ShouldBe("River closes Brackwell library");
        content.Byline.ShouldBe("Ruth Anning");
        content.Paragraphs.Count.ShouldBe(1);
        content.Paragraphs[0].ShouldStartWith("Floodwater reached");
        content.Paragraphs[0].ShouldEndWith("through the night.");
    }

    [Fact]
    public void Splits_date_dateline_and_body_run_together_on_the_first_line()
    {
        var content = Read(" date 2023-11-15 BRACKWELL – " + Lead, Middle);

        content.Published.ShouldBe("2023-11-15");
        content.Dateline.ShouldBe("BRACKWELL");
        content.Paragraphs[0].ShouldBe(Lead);
        content.Removed.ShouldBe([
            new RemovedText("date 2023-11-15", RemovalReason.Metadata),
            new RemovedText("BRACKWELL –", RemovalReason.Dateline),
        ]);
    }

    [Fact]
    public void Splits_a_headline_run_together_with_its_posted_date()
    {
        var content = Read($"{Headline} Posted: Tuesday, January 28, 2014 8:18 PM EST Updated: Friday, February 28, 2014 8:27 PM EST", Lead);

        content.Title.ShouldBe(Headline);
        content.Published.ShouldBe("Tuesday, January 28, 2014 8:18 PM EST");
        content.Paragraphs.ShouldBe([Lead]);
    }

    [Fact]
    public void Reads_published_date_and_byline_lines_at_the_head()
    {
        var content = Read(Headline, "Published: Nov. 3, 2023", "By Ruth Anning and Tobias Wren, Fenland Wire", Lead, Middle);

        content.Title.ShouldBe(Headline);
        content.Published.ShouldBe("Nov. 3, 2023");
        content.Byline.ShouldBe("Ruth Anning and Tobias Wren, Fenland Wire");
        content.Paragraphs.ShouldBe([Lead, Middle]);
    }

    [Fact]
    public void Prefers_the_published_date_to_the_updated_date()
    {
        var content = Read(Headline, "Updated: 4 November 2023", "Published: 3 November 2023", Lead);

        content.Published.ShouldBe("3 November 2023");
    }

    [Fact]
    public void Falls_back_to_the_updated_date_when_no_published_date_is_given()
    {
        var content = Read(Headline, "Updated: 4 November 2023", Lead);

        content.Published.ShouldBe("4 November 2023");
    }

    [Fact]
    public void Reads_metadata_joined_by_bars_on_one_line()
    {
        var content = Read(Headline, "By Ruth Anning | 3 November 2023 | 4 min read", Lead);

        content.Byline.ShouldBe("Ruth Anning");
        content.Published.ShouldBe("3 November 2023");
        content.Paragraphs.ShouldBe([Lead]);
    }

    [Fact]
    public void Does_not_take_a_sentence_starting_with_by_for_a_byline()
    {
        var line = "By the time the water receded, the ground floor of the library had been under a metre of water for six hours.";
        var content = Read(Headline, line, Middle);

        content.Byline.ShouldBeNull();
        content.Paragraphs.ShouldBe([line, Middle]);
    }

    [Fact]
    public void Reads_a_dateline_standing_on_its_own_line()
    {
        var content = Read(Headline, "BRACKWELL, Fenshire -", Lead);

        content.Dateline.ShouldBe("BRACKWELL, Fenshire");
        content.Paragraphs.ShouldBe([Lead]);
    }

    [Fact]
    public void Credits_the_agency_named_in_a_wire_dateline()
    {
        var content = Read("WASHINGTON (AP) — " + Lead, Middle);

        content.Dateline.ShouldBe("WASHINGTON");
        content.SourceNotes.ShouldBe(["AP"]);
    }

    [Fact]
    public void Does_not_read_a_dateline_in_the_middle_of_the_article()
    {
        var later = "BRACKWELL — The council met again on Monday evening to discuss the cost of the clean-up.";
        var content = Read(Lead, Middle, Close, later, Close + " Later.");

        content.Dateline.ShouldBeNull();
        content.Paragraphs.ShouldContain(later);
    }

    [Fact]
    public void Keeps_source_notes_and_removes_them_from_the_body()
    {
        var content = Read(Lead, Middle, Close + " (Source: Fenland Wire)");

        content.SourceNotes.ShouldBe(["Fenland Wire"]);
        content.Paragraphs[^1].ShouldBe(Close);
        content.Removed.ShouldBe([new RemovedText("(Source: Fenland Wire)", RemovalReason.SourceNote)]);
    }

    [Fact]
    public void Keeps_a_closing_wire_credit_after_a_dash_as_a_source_note()
    {
        var content = Read(Lead, Middle, Close + " —Reuters");

        content.SourceNotes.ShouldBe(["Reuters"]);
        content.Paragraphs[^1].ShouldBe(Close);
    }

    [Fact]
    public void Keeps_machine_disclosures_and_removes_them_from_the_body()
    {
        var disclosure = "This story was produced with the help of an automated writing tool using a large language model.";
        var content = WithTail(disclosure);

        content.MachineDisclosures.ShouldBe([disclosure]);
        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
    }

    [Fact]
    public void Removes_a_closing_run_of_furniture_in_order()
    {
        var content = Read(
            Lead,
            Middle,
            Close,
            "Photo by Ola Brandt on Picturebank",
            "© 2025 Fenland Post. All rights reserved.",
            "Comments",
            "Share this article");

        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
        content.Removed.Select(r => r.Reason).ShouldBe([
            RemovalReason.PhotoCredit,
            RemovalReason.Copyright,
            RemovalReason.Comments,
            RemovalReason.Share,
        ]);
    }

    [Fact]
    public void Removes_an_inline_photo_credit_and_keeps_the_caption()
    {
        var content = WithMiddle("Sandbags outside the library on Sunday. (AP Photo/Ola Brandt)");

        content.Paragraphs.ShouldContain("Sandbags outside the library on Sunday.");
        content.Removed.ShouldBe([new RemovedText("(AP Photo/Ola Brandt)", RemovalReason.PhotoCredit)]);
    }

    [Fact]
    public void Cuts_a_copyright_notice_run_into_a_body_paragraph_and_keeps_the_paragraph()
    {
        var content = Read(Lead, Middle, "© 2025 Fenland Post. The council will meet again on Tuesday to agree the cost of repairs.");

        content.Paragraphs[^1].ShouldBe("The council will meet again on Tuesday to agree the cost of repairs.");
        content.Removed.ShouldBe([new RemovedText("© 2025 Fenland Post.", RemovalReason.Copyright)]);
    }

    [Fact]
    public void Cuts_caption_toggles_and_keeps_the_caption_text()
    {
        var content = WithMiddle("Hide Caption [ ] Show Caption Sandbags outside the library on Sunday.");

        content.Paragraphs.ShouldContain("Sandbags outside the library on Sunday.");
        content.Removed.Select(r => r.Reason).ShouldAllBe(r => r == RemovalReason.PhotoCredit);
    }

    [Fact]
    public void Skips_a_caption_before_the_lead_when_looking_for_the_dateline()
    {
        var content = Read("Sandbags outside the library on Sunday. View Full Caption Fenland Post/Ola Brandt", "BRACKWELL — " + Lead, Middle);

        content.Dateline.ShouldBe("BRACKWELL");
        content.Paragraphs.ShouldBe(["Sandbags outside the library on Sunday.", Lead, Middle]);
    }

    [Fact]
    public void Removes_the_headlines_listed_under_a_related_links_header()
    {
        var content = Read(Lead, Middle, "Related stories", "Council sets flood budget", "Bridge reopens after repairs", Close);

        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
        content.Removed.Select(r => r.Reason).ShouldAllBe(r => r == RemovalReason.RelatedLinks);
        content.Removed.Length.ShouldBe(3);
    }

    [Fact]
    public void Keeps_a_tail_sentence_that_only_looks_like_furniture_when_it_is_in_the_middle()
    {
        var line = "Sign up for the volunteer rota was open to everyone, the council said, and the newsletter of the rowing club carried the list.";
        var content = WithMiddle(line);

        content.Paragraphs.ShouldContain(line);
    }

    [Fact]
    public void Records_every_removed_line_with_a_reason()
    {
        var content = Read(
            Headline,
            Headline,
            "By Ruth Anning",
            "Published: 3 November 2023",
            "Advertisement",
            Lead,
            "See Also: Council sets flood budget",
            Middle,
            Close,
            "Follow us on Facebook and Instagram");

        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
        content.Removed.Select(r => r.Reason).ShouldBe([
            RemovalReason.Headline,
            RemovalReason.RepeatedHeadline,
            RemovalReason.Byline,
            RemovalReason.Metadata,
            RemovalReason.Advertisement,
            RemovalReason.SeeAlso,
            RemovalReason.Share,
        ]);
    }

    [Fact]
    public void Returns_no_paragraphs_for_blank_text()
    {
        var content = ReadText("  \n\n \r\n");

        content.Paragraphs.ShouldBeEmpty();
        content.Title.ShouldBeNull();
    }

    [Fact]
    public void Handles_windows_line_endings_and_invisible_characters()
    {
        var content = ReadText($"{Headline}\r\n\u200B{Lead}\r\n\r\n{Middle}\uFEFF\r\n");

        content.Title.ShouldBe(Headline);
        content.Paragraphs.ShouldBe([Lead, Middle]);
    }

    [Fact]
    public void Stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Should.Throw<OperationCanceledException>(() => new Triangulate.Extract.PlainText.PlainTextArticleExtractor().Extract(Lead, cancellation.Token));
    }
}
