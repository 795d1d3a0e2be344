using System.Collections.Immutable;
using Triangulate.Annotate;
using Triangulate.Extract;
using Triangulate.Stories;
using Triangulate.Verify;

namespace Triangulate.Tests.Verify;

public class StoryCheckerTests
{
    private static Annotated Member(string id, string? byline = null, string? note = null, DateOnly? published = null) =>
        new()
        {
            Article = new Article
            {
                Id = id,
                Source = id + ".txt",
                Body = "A storm closed the port.",
                Byline = byline,
                SourceNotes = note is null ? [] : [note],
                Published = published is { } p ? new PublicationDate(p, null) : null,
            },
        };

    private static Story StoryOf(ImmutableArray<ImmutableArray<string>> duplicates, params Annotated[] members) =>
        new("s1", "t", null, null, [.. members.Select(m => m.Article.Id)], duplicates, [], []);

    [Fact]
    public void An_article_crediting_another_members_outlet_repeats_it_and_the_original_counts()
    {
        var rewrite = Member("rewrite", note: "Northline Press");
        var wire = Member("wire", byline: "Ada Renwick, Northline Press");
        var other = Member("other", byline: "Nell Osgood");

        var roots = StoryChecker.DuplicateRoots(StoryOf([], rewrite, wire, other), [rewrite, wire, other]);

        roots.ShouldBe(new Dictionary<string, string> { ["rewrite"] = "wire" });
    }

    [Fact]
    public void In_a_near_duplicate_group_the_earliest_published_member_counts()
    {
        var later = Member("later", published: new DateOnly(2031, 3, 6));
        var earlier = Member("earlier", published: new DateOnly(2031, 3, 5));

        var roots = StoryChecker.DuplicateRoots(StoryOf([["later", "earlier"]], later, earlier), [later, earlier]);

        roots.ShouldBe(new Dictionary<string, string> { ["later"] = "earlier" });
    }

    [Fact]
    public void A_note_crediting_the_articles_own_outlet_ties_it_to_nothing()
    {
        var first = Member("first", byline: "Reuters", note: "Reuters");
        var second = Member("second", byline: "Reuters", note: "Reuters");

        StoryChecker.DuplicateRoots(StoryOf([], first, second), [first, second]).ShouldBeEmpty();
    }
}
