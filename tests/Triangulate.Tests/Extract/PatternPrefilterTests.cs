using System.Text.RegularExpressions;
using Triangulate.Extract;
using Triangulate.Extract.PlainText;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Extract;

public class PatternPrefilterTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [Fact]
    public void An_anchored_pattern_begins_with_the_first_letters_of_its_words()
    {
        var filter = PatternPrefilter.Of(@"^(?:photo|image)s?\s+by\s+\w+$").ShouldNotBeNull();

        filter.Leading!.OrderBy(c => c).ShouldBe(['i', 'p']);
        filter.MayMatch("The council met on Tuesday.", 0).ShouldBeFalse();
        filter.MayMatch("Photos by Ola Brandt", 0).ShouldBeTrue();
        filter.MayMatch("IMAGE BY Ola Brandt", 0).ShouldBeTrue();
    }

    [Fact]
    public void Optional_parts_and_zero_width_tests_at_the_start_add_the_letters_that_may_follow_them()
    {
        var filter = PatternPrefilter.Of(@"^(?=.{0,80}$)\(?\s*(?:by\s+)?reuters\b").ShouldNotBeNull();

        // "\s*" may begin a match with any space, so nothing is known of the first character.
        filter.Leading.ShouldBeNull();
        PatternPrefilter.Of(@"^\(?(?:by )?reuters").ShouldNotBeNull().Leading!.OrderBy(c => c).ShouldBe(['(', 'b', 'r']);
    }

    [Fact]
    public void Any_match_must_contain_one_of_the_words_of_a_required_alternation()
    {
        var filter = PatternPrefilter.Of(@"\b(?:content generation system|automated (?:news|content) tool)\b").ShouldNotBeNull();

        filter.HasRequiredWords.ShouldBeTrue();
        filter.Leading.ShouldBeNull();
        filter.MayMatch("Two people were hurt in the collision.", 0).ShouldBeFalse();
        filter.MayMatch("Written by an AUTOMATED news tool.", 0).ShouldBeTrue();
    }

    [Fact]
    public void Words_a_positive_lookahead_needs_are_required_and_those_a_negative_one_forbids_are_not()
    {
        var positive = PatternPrefilter.Of(@"^(?=.*\bnewsletters?\b)(?:get|sign up)\b.*$").ShouldNotBeNull();
        positive.MayMatch("Get the facts first.", 0).ShouldBeFalse();
        positive.MayMatch("Get our newsletter.", 0).ShouldBeTrue();

        var negative = PatternPrefilter.Of(@"^(?!.*\bsaid\b)[a-z]+ contributed\b").ShouldNotBeNull();
        negative.MayMatch("Ada Pell contributed to this report.", 0).ShouldBeTrue();
        negative.MayMatch("Ada Pell said so.", 0).ShouldBeFalse();
    }

    [Theory]
    [InlineData(@"^(?:abc)?")]
    [InlineData(@"^\d+")]
    [InlineData(@"^[a-z]+\s+\w+")]
    [InlineData(@"(?<=\d)\s?m\b")]
    [InlineData(@"^(?#comment)abc")]
    public void A_pattern_that_tells_nothing_useful_gets_no_filter(string pattern)
    {
        PatternPrefilter.Of(pattern).ShouldBeNull();
    }

    [Theory]
    [InlineData(@"^abc|xyz", "123 xyz")]
    [InlineData(@"^(?:abc)|xyz", "123 xyz")]
    [InlineData(@"\x41bcd", "Abcd")]
    [InlineData(@"\u0041bcd", "Abcd")]
    [InlineData(@"\041abc", "!abc")]
    [InlineData(@"\cJabc", "\nabc")]
    [InlineData(@"(?<word>abc) \k<word>", "abc abc")]
    [InlineData(@"(?<word>abc) \<word>", "abc abc")]
    [InlineData(@"(abc) \1", "abc abc")]
    [InlineData(@"[a-z-[aeiou]]xyz", "bxyz")]
    [InlineData(@"(?x: foo bar )", "foobar")]
    [InlineData(@"^\tabc", "\tabc")]
    public void Constructs_it_cannot_read_never_rule_out_a_match(string pattern, string text)
    {
        new Regex(pattern, Options).IsMatch(text).ShouldBeTrue();

        (PatternPrefilter.Of(pattern)?.MayMatch(text, 0) ?? true).ShouldBeTrue();
    }

    [Fact]
    public void Words_shorter_than_three_letters_and_optional_words_are_not_required()
    {
        // "by" is too short to rule much out; "staff" is optional.
        PatternPrefilter.Of(@"\bby (?:staff )?\w+").ShouldBeNull();
    }

    [Fact]
    public void A_letter_case_insensitive_matching_equates_with_an_ascii_one_never_rules_a_text_out()
    {
        var pattern = @"^kelvin scale$";
        var text = "\u212Aelvin scale";
        new Regex(pattern, Options).IsMatch(text).ShouldBeTrue();

        PatternPrefilter.Of(pattern).ShouldNotBeNull().MayMatch(text, 0).ShouldBeTrue();
    }

    [Fact]
    public void A_start_other_than_the_first_character_skips_the_leading_test_but_not_the_words()
    {
        var filter = PatternPrefilter.Of(@"^copyright \d{4}").ShouldNotBeNull();

        filter.MayMatch("Text then copyright 2025", 10).ShouldBeTrue();
        filter.MayMatch("Text with no such word", 10).ShouldBeFalse();
    }

    [Fact]
    public void No_rule_of_the_extractors_is_ruled_out_on_a_line_it_matches()
    {
        var rules = PlainTextRules.Default;
        var lines = Directory.GetFiles(RepoFiles.PathOf("samples"))
            .SelectMany(File.ReadLines)
            .Concat(FurnitureLines)
            .Select(line => line.Trim())
            .Where(line => line.Length > 0)
            .ToList();

        var checkedMatches = 0;
        foreach (var pattern in rules.Patterns.Concat(Triangulate.Extract.Html.HtmlPatterns.Instance.Phrases.Select(p => p.Pattern)))
        {
            foreach (var line in lines)
            {
                var matches = pattern.IsMatch(line);
                PlainTextRules.Run(pattern, line).Success.ShouldBe(matches, $"/{pattern}/ on \"{line}\"");
                checkedMatches += matches ? 1 : 0;

                // From a later start too, as the inline rules run again after a cut.
                var start = line.Length / 2;
                PlainTextRules.Run(pattern, line, start).Success.ShouldBe(pattern.Match(line, start).Success, $"/{pattern}/ on \"{line}\" from {start}");
            }
        }

        rules.Patterns.Count(PatternPrefilter.IsRegistered).ShouldBeGreaterThan(rules.Patterns.Count() / 2);
        checkedMatches.ShouldBeGreaterThan(FurnitureLines.Length);
    }

    /// <summary>Furniture of many kinds, in several letter cases, so most rules meet a line they match.</summary>
    private static readonly string[] FurnitureLines =
    [
        "Photo by Ola Brandt on Picturebank", "PHOTO: Ola Brandt / Fenland Post", "(AP Photo/Ola Brandt)",
        "Read more: How the library kept its archive dry", "Related stories", "© 2025 Fenland Post. All rights reserved.",
        "Copyright 2025 Fenland Post Media Ltd.", "This material may not be published, broadcast, rewritten or redistributed.",
        "Sign up for our morning newsletter to get the day's headlines in your inbox.", "Already a subscriber?",
        "Unlock price alerts and premium market reports with a free trial.", "12 comments", "Share this article",
        "Facebook | Twitter | Email", "Follow us on Facebook and Instagram", "(Reporting by Ruth Anning; Editing by Tobias Wren)",
        "Story continues below advertisement", "Tags: flooding, Brackwell, libraries", "(Source: Fenland Wire)",
        "—Fenland Wire", "Reuters", "The Associated Press contributed to this report.", "Ada Pell contributed to this story.",
        "This article was generated with AI and checked by an editor.", "Produced by our GPT-4-based content generation system.",
        "By Ruth Anning, Staff Writer", "Published: March 3, 2025 10:14 a.m. EST", "Updated 2:05 PM ET, Tue March 4, 2025",
        "BRACKWELL, Fenshire (Fenland Wire) —", "Posted on Monday, 3 March 2025", "5 min read", "Email Ruth at ruth@example.org",
        "Contact the newsroom at 555-123-4567", "Skip to main content", "Advertisement", "Enable JavaScript to watch",
        "Text ALERTS to 55555 for updates", "Click the photo to enlarge", "Courtesy: Fenshire Fire Service",
        "Getty Images via Fenland Post", "Disclaimer: this is not advice.", "Thanks for reading!", "Page 2 of 3",
        "Sign up for our newsletter", "Click here to subscribe", "All rights reserved", "Share on Twitter", "Related articles",
    ];
}
