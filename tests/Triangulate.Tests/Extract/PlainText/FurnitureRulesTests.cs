using Triangulate.Extract;
using static Triangulate.Tests.Extract.PlainText.PlainTextFixture;

namespace Triangulate.Tests.Extract.PlainText;

public class FurnitureRulesTests
{
    [Theory]
    [InlineData("Photo by Ola Brandt on Picturebank", RemovalReason.PhotoCredit)]
    [InlineData("Photo: Ola Brandt / Fenland Post", RemovalReason.PhotoCredit)]
    [InlineData("(AP Photo/Ola Brandt)", RemovalReason.PhotoCredit)]
    [InlineData("Image credit: Fenshire Fire Service", RemovalReason.PhotoCredit)]
    [InlineData("See Also: Council sets its flood budget for next year", RemovalReason.SeeAlso)]
    [InlineData("Read more: How the library kept its archive dry", RemovalReason.SeeAlso)]
    [InlineData("Related: Bridge reopens after repairs", RemovalReason.RelatedLinks)]
    [InlineData("© 2025 Fenland Post. All rights reserved.", RemovalReason.Copyright)]
    [InlineData("Copyright 2025 Fenland Post Media Ltd.", RemovalReason.Copyright)]
    [InlineData("All rights reserved.", RemovalReason.Copyright)]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.", RemovalReason.Copyright)]
    [InlineData("Fenland Post does not provide investment advice.", RemovalReason.Disclaimer)]
    [InlineData("This content is for informational purposes only.", RemovalReason.Disclaimer)]
    [InlineData("Sign up for our morning newsletter to get the day's headlines in your inbox.", RemovalReason.Newsletter)]
    [InlineData("Get our newsletter delivered every Friday.", RemovalReason.Newsletter)]
    [InlineData("Already a subscriber?", RemovalReason.Subscription)]
    [InlineData("Become a member and support local reporting.", RemovalReason.Subscription)]
    [InlineData("Unlock price alerts and premium market reports with a free trial.", RemovalReason.Promotion)]
    [InlineData("Learn more.", RemovalReason.Promotion)]
    [InlineData("Comments", RemovalReason.Comments)]
    [InlineData("12 comments", RemovalReason.Comments)]
    [InlineData("Leave a comment", RemovalReason.Comments)]
    [InlineData("Join the conversation", RemovalReason.Comments)]
    [InlineData("Share this article", RemovalReason.Share)]
    [InlineData("Share on Facebook", RemovalReason.Share)]
    [InlineData("Facebook | Twitter | Email", RemovalReason.Share)]
    [InlineData("Follow us on Facebook and Instagram", RemovalReason.Share)]
    [InlineData("Engineered by Newsroom Engine, Edited by Ada Pell", RemovalReason.Credit)]
    [InlineData("(Reporting by Ruth Anning; Editing by Tobias Wren)", RemovalReason.Credit)]
    [InlineData("Advertisement", RemovalReason.Advertisement)]
    [InlineData("Story continues below advertisement", RemovalReason.Advertisement)]
    [InlineData("Tags: flooding, Brackwell, libraries", RemovalReason.Boilerplate)]
    [InlineData("Please enable JavaScript to watch this video", RemovalReason.Boilerplate)]
    [InlineData("(Source: Fenland Wire)", RemovalReason.SourceNote)]
    [InlineData("Source: Fenland Wire", RemovalReason.SourceNote)]
    [InlineData("—Fenland Wire", RemovalReason.SourceNote)]
    [InlineData("Reuters", RemovalReason.SourceNote)]
    [InlineData("This article was generated with AI and checked by an editor.", RemovalReason.MachineDisclosure)]
    [InlineData("Produced by our GPT-4-based content generation system.", RemovalReason.MachineDisclosure)]
    [InlineData("This report was written by an AI model.", RemovalReason.MachineDisclosure)]
    [InlineData("----------", RemovalReason.Empty)]
    [InlineData("———", RemovalReason.Empty)]
    [InlineData("Staff writer Ruth Anning contributed to this report.", RemovalReason.Credit)]
    [InlineData("The Associated Press contributed to this story.", RemovalReason.SourceNote)]
    [InlineData("ruth.anning@fenlandpost.test or (555) 014-2231", RemovalReason.Credit)]
    [InlineData("Twitter: @ruthanning", RemovalReason.Credit)]
    [InlineData("(EDITORS: STORY CAN END HERE)", RemovalReason.Boilerplate)]
    [InlineData("1:42 Council leader visits the flooded library Pause", RemovalReason.Boilerplate)]
    [InlineData("Advertisement - Continue Reading Below", RemovalReason.Advertisement)]
    [InlineData("Page 1 of 1", RemovalReason.Navigation)]
    [InlineData("Courtesy of the Fenshire Fire Service", RemovalReason.PhotoCredit)]
    [InlineData("Thank you for reading!", RemovalReason.Boilerplate)]
    public void Removes_closing_furniture_with_its_reason(string line, RemovalReason reason)
    {
        var content = WithTail(line);

        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
        content.Removed.ShouldBe([new RemovedText(line, reason)]);
    }

    [Theory]
    [InlineData("See Also: Council sets its flood budget for next year", RemovalReason.SeeAlso)]
    [InlineData("Advertisement", RemovalReason.Advertisement)]
    [InlineData("Photo by Ola Brandt on Picturebank", RemovalReason.PhotoCredit)]
    [InlineData("Share this article", RemovalReason.Share)]
    [InlineData("© 2025 Fenland Post. All rights reserved.", RemovalReason.Copyright)]
    [InlineData("(Reporting by Ruth Anning; Editing by Tobias Wren)", RemovalReason.Credit)]
    [InlineData("This article was generated with AI and checked by an editor.", RemovalReason.MachineDisclosure)]
    public void Removes_unmistakable_furniture_in_the_middle_too(string line, RemovalReason reason)
    {
        var content = WithMiddle(line);

        content.Paragraphs.ShouldBe([Lead, Middle, Close]);
        content.Removed.ShouldBe([new RemovedText(line, reason)]);
    }

    [Theory]
    [InlineData("A photo of the flooded square, taken from the church tower, was shared thousands of times.")]
    [InlineData("The photographer said the photo by the bridge was the one she would remember.")]
    [InlineData("The copyright on the library's flood maps belongs to the county, which published them in 2019.")]
    [InlineData("A source at the council said the repairs had been postponed twice.")]
    [InlineData("The source of the leak has not been found, the water company said.")]
    [InlineData("Residents who want to share their photos can send them to the town museum, which is building an archive.")]
    [InlineData("Comments from residents at the meeting were mostly about insurance.")]
    [InlineData("Readers who subscribe to the parish newsletter were warned on Friday, the vicar said.")]
    [InlineData("The firm does not provide investment advice to the council, its chief executive told the hearing.")]
    [InlineData("Some residents said the warning, generated by an automated system, arrived after the water did.")]
    [InlineData("All rights reserved for the council's own vehicles, the sign in the car park read, a rule nobody followed that night.")]
    public void Keeps_body_sentences_that_merely_mention_furniture_words(string line)
    {
        var content = WithMiddle(line);

        content.Paragraphs.ShouldBe([Lead, Middle, line, Close]);
        content.Removed.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The firm does not provide investment advice to the council, its chief executive told the hearing.")]
    [InlineData("Some residents said the warning, generated by an automated system, arrived after the water did.")]
    [InlineData("A source at the council said the repairs had been postponed twice.")]
    public void Keeps_a_last_body_sentence_that_merely_mentions_furniture_words(string line)
    {
        var content = WithTail(line);

        content.Paragraphs.ShouldBe([Lead, Middle, Close, line]);
    }

    [Theory]
    [InlineData("By Ruth Anning", "Ruth Anning")]
    [InlineData("By RUTH ANNING", "RUTH ANNING")]
    [InlineData("by Ruth Anning and Tobias Wren", "Ruth Anning and Tobias Wren")]
    [InlineData("By Ruth Anning, Tobias Wren and Li Mei, Fenland Wire", "Ruth Anning, Tobias Wren and Li Mei, Fenland Wire")]
    [InlineData("Written by Ruth van der Berg", "Ruth van der Berg")]
    [InlineData("By Ruth Anning ruth.anning@fenlandpost.test", "Ruth Anning")]
    [InlineData("By: Ruth Anning - Staff Writer", "Ruth Anning - Staff Writer")]
    [InlineData("Posted by Ruth Anning on", "Ruth Anning")]
    [InlineData("Fenland Post Staff Writer", "Fenland Post Staff Writer")]
    public void Reads_bylines(string line, string byline)
    {
        var content = Read("Brackwell library closes as river rises", line, Lead, Middle);

        content.Byline.ShouldBe(byline);
        content.Paragraphs.ShouldBe([Lead, Middle]);
    }

    [Theory]
    [InlineData("BRACKWELL – ", "BRACKWELL")]
    [InlineData("BRACKWELL — ", "BRACKWELL")]
    [InlineData("NEW BRACKWELL, Fenshire — ", "NEW BRACKWELL, Fenshire")]
    [InlineData("KINGS LYNN, Norf. (AP) — ", "KINGS LYNN, Norf.")]
    [InlineData("LONDON, Nov 3 (Reuters) - ", "LONDON")]
    [InlineData("BRACKWELL -- ", "BRACKWELL")]
    [InlineData("ST. IVES — ", "ST. IVES")]
    public void Reads_datelines_and_strips_them_from_the_first_paragraph(string prefix, string place)
    {
        var content = Read(prefix + Lead, Middle);

        content.Dateline.ShouldBe(place);
        content.Paragraphs.ShouldBe([Lead, Middle]);
    }

    [Theory]
    [InlineData("BREAKING: Floodwater reached the steps of the library on Sunday.")]
    [InlineData("UPDATE — Floodwater reached the steps of the library on Sunday.")]
    [InlineData("Police — who arrived within minutes — closed the road.")]
    [InlineData("COVID-19 cases fell in the county last week, the health office said.")]
    [InlineData("POLICE: Floodwater reached the steps of the library on Sunday.")]
    public void Does_not_read_a_dateline_where_there_is_none(string first)
    {
        var content = Read(first, Middle);

        content.Dateline.ShouldBeNull();
        content.Paragraphs[0].ShouldBe(first);
    }

    [Theory]
    [InlineData("Published: Nov. 3, 2023")]
    [InlineData("Posted: Tuesday, January 28, 2014 8:18 PM EST")]
    [InlineData("date 2023-11-15")]
    [InlineData("3 November 2023")]
    [InlineData("Updated 5 hours ago")]
    [InlineData("4 min read")]
    public void Removes_head_metadata_lines(string line)
    {
        var content = Read("Brackwell library closes as river rises", line, Lead);

        content.Paragraphs.ShouldBe([Lead]);
        content.Removed.Select(r => r.Reason).ShouldBe([RemovalReason.Headline, RemovalReason.Metadata]);
    }
}
