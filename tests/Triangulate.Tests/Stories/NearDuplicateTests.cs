using Triangulate.Extract;
using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class NearDuplicateTests
{
    private const string Report =
        "Crews battled a fire at a grain warehouse on the east bank of the river through the night, officials said. " +
        "The blaze began shortly after nine in the evening and spread to two neighbouring sheds before it was contained. " +
        "Three workers were taken to the regional hospital with burns, and about forty residents were moved out of nearby homes. " +
        "The fire chief said the cause was not yet known and that investigators would return to the site in the morning.";

    private const string Rewrite =
        "Crews battled a fire at a grain warehouse on the east bank of the river through the night, officials said on Friday. " +
        "The blaze began shortly after nine in the evening and spread to two neighbouring sheds before it was contained. " +
        "Three workers were taken to the regional hospital with burns, and about 40 residents were moved out of nearby homes. " +
        "The fire chief said the cause was not yet known and that investigators would return to the site in the morning.";

    private const string Other =
        "The city council voted to extend the tram line to the northern suburbs after a long debate on Tuesday evening. " +
        "Supporters said the extension would cut commuting times, while opponents questioned the projected costs and the timetable. " +
        "Construction is expected to begin next spring and to last about three years, according to the transport office.";

    private static Article Some(string id, string body) => new() { Id = id, Source = id + ".txt", Body = body };

    [Fact]
    public void Identical_texts_have_similarity_one()
    {
        var hasher = new MinHasher();
        MinHasher.Similarity(hasher.Signature(Report), hasher.Signature(Report)).ShouldBe(1.0);
    }

    [Fact]
    public void A_light_rewrite_is_far_more_similar_than_an_unrelated_text()
    {
        var hasher = new MinHasher();
        var report = hasher.Signature(Report);
        MinHasher.Similarity(report, hasher.Signature(Rewrite)).ShouldBeGreaterThan(0.6);
        MinHasher.Similarity(report, hasher.Signature(Other)).ShouldBeLessThan(0.1);
    }

    [Fact]
    public void Groups_copies_and_rewrites_and_leaves_other_articles_out()
    {
        var articles = new[]
        {
            Some("a", Report), Some("b", Other), Some("c", Rewrite), Some("d", "  " + Report.ToUpperInvariant().Replace(". ", ".\n\n", StringComparison.Ordinal)),
        };
        var group = new NearDuplicateDetector().Detect(articles).ShouldHaveSingleItem();
        group.Articles.ShouldBe(["a", "c", "d"]);
        var exact = group.Pairs.Single(p => p.Second == "d" && p.First == "a");
        exact.Exact.ShouldBeTrue();
        exact.Similarity.ShouldBe(1.0);
        group.Pairs.Single(p => p.Second == "c").Exact.ShouldBeFalse();
    }

    [Fact]
    public void Index_returns_only_candidates_at_or_above_the_threshold()
    {
        var index = new NearDuplicateIndex(new MinHasher());
        index.Add(Report).ShouldBeEmpty();
        index.Add(Other).ShouldBeEmpty();
        var found = index.Add(Rewrite).ShouldHaveSingleItem();
        found.Index.ShouldBe(0);
        found.Similarity.ShouldBeGreaterThanOrEqualTo(index.Threshold);
    }

    [Fact]
    public void Bands_must_divide_the_signature_length() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new NearDuplicateIndex(new MinHasher(128), bands: 30));

    [Fact]
    public void A_text_shorter_than_a_shingle_still_gets_a_signature()
    {
        var hasher = new MinHasher();
        var signature = hasher.Signature("Two words");
        signature.ShouldNotContain(uint.MaxValue);
        MinHasher.Similarity(signature, hasher.Signature("two words")).ShouldBe(1.0);
    }
}
