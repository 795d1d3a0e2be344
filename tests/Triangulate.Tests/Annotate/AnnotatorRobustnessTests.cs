using Triangulate.Annotate;
using static Triangulate.Tests.Annotate.AnnotateHelper;

namespace Triangulate.Tests.Annotate;

public class AnnotatorRobustnessTests
{
    public static TheoryData<string> Oddities => new()
    {
        "...",
        "\u201C\u201D\u2018\u2019\"'",
        "'s 's n't",
        "Mr. Mr. Mr. Dr.",
        "the the the of of of President",
        new string('A', 5000),
        string.Join(' ', Enumerable.Repeat("Smith", 3000)),
        "U.S.-U.K.-E.U. talks.",
        "\uD83D\uDE00 emoji \uD83D\uDE00 and Z\u0301 combining",
        "Prime Minister, the prime minister, former prime minister the",
        "Hamas-controlled health ministry health ministry ministry",
        "1,2,3,4,5,6 1.2.3.4 -- \u2014 \u2013 ---",
    };

    [Theory]
    [MemberData(nameof(Oddities))]
    public void Odd_text_is_annotated_without_failing_and_spans_stay_inside_the_body(string text)
    {
        var annotated = AnnotateText(text, text);
        var body = annotated.Article.Body;
        annotated.Tokens.ShouldAllBe(t => t.Start >= 0 && t.End <= body.Length && t.Length > 0);
        annotated.Sentences.ShouldAllBe(s => s.Start >= 0 && s.End <= body.Length && s.Length > 0);
        annotated.Entities.ShouldAllBe(e => e.Start >= 0 && e.End <= body.Length && body.Substring(e.Start, e.End - e.Start) == e.Text && e.Canonical.Length > 0);
    }

    [Fact]
    public void Tokens_are_in_order_and_do_not_overlap()
    {
        var annotated = AnnotateText("\u201CWe\u2019re not leaving,\u201D said Sen. Maria Lopez-Garcia, 54, on Oct. 3 \u2014 in Washington.");
        for (var i = 1; i < annotated.Tokens.Length; i++)
        {
            annotated.Tokens[i].Start.ShouldBeGreaterThanOrEqualTo(annotated.Tokens[i - 1].End);
        }
    }

    [Fact]
    public void The_default_annotator_can_be_used_from_several_threads()
    {
        var article = Article("President Elena Marquez met Foreign Minister Karin Holm in Oslo. Marquez spoke first.");
        var expected = Annotators.Default.Annotate(article, CancellationToken.None).Entities;
        var results = new System.Collections.Concurrent.ConcurrentBag<bool>();
        Parallel.For(0, 64, _ => results.Add(Annotators.Default.Annotate(article, CancellationToken.None).Entities.SequenceEqual(expected)));
        results.ShouldAllBe(same => same);
    }
}
