using System.Collections.Immutable;
using Triangulate.Stories;

namespace Triangulate.Tests.Stories;

public class StoryIndexTests
{
    private static StoryFeatures Some(string id, string words, string[] entities, DateOnly? date, params DateOnly[] named) => new(
        id,
        null,
        words.Split(' ').GroupBy(w => w).ToImmutableDictionary(g => g.Key, g => (float)g.Count(), StringComparer.Ordinal),
        [.. entities],
        date,
        [.. named]);

    private static readonly DateOnly Day = new(2024, 3, 2);

    [Fact]
    public void Articles_about_one_event_join_one_story_even_when_worded_differently()
    {
        var index = new StoryIndex();
        var a = index.Add(Some("a", "flood river levee breach town evacuated water rescue boats mayor", ["loc:millbrook", "per:ana ortiz"], Day));
        var b = index.Add(Some("b", "levee river breach flooding residents evacuated boats water mayor shelter", ["loc:millbrook", "per:ana ortiz"], Day.AddDays(1)));
        b.Story.ShouldBe(a.Story);
        b.Score.ShouldBeGreaterThanOrEqualTo(StoryClusteringOptions.Default.Threshold);
    }

    [Fact]
    public void Another_event_opens_another_story()
    {
        var index = new StoryIndex();
        var a = index.Add(Some("a", "flood river levee breach town evacuated water rescue boats mayor", ["loc:millbrook"], Day));
        var b = index.Add(Some("b", "warehouse fire blaze firefighters smoke chemical plant workers burns", ["loc:eastport"], Day));
        b.Story.ShouldNotBe(a.Story);
        index.StoryCount.ShouldBe(2);
    }

    [Fact]
    public void The_same_actors_months_later_make_a_different_story()
    {
        var words = "leaders meeting talks ceasefire proposal aid border crossing hostages";
        string[] actors = ["per:lena holt", "per:marco vidal", "loc:kerrin"];
        // The mechanism, with a penalty strong enough to outweigh identical wording.
        var options = StoryClusteringOptions.Default with { DatePenalty = 1.0 };
        var index = new StoryIndex(options);
        var first = index.Add(Some("a", words + " november", actors, Day));
        var same = index.Add(Some("b", words + " november statement", actors, Day.AddDays(1)));
        var later = index.Add(Some("c", words + " offensive may", actors, Day.AddDays(180)));
        same.Story.ShouldBe(first.Story);
        later.Story.ShouldNotBe(first.Story);
    }

    [Fact]
    public void Candidate_lists_stay_bounded_so_an_old_story_drops_out_of_lookup()
    {
        var options = StoryClusteringOptions.Default with { PostingsPerKey = 2, Threshold = 0.9 };
        var index = new StoryIndex(options);
        var first = index.Add(Some("a", "alpha beta", [], Day));
        for (var i = 0; i < 3; i++)
        {
            index.Add(Some($"n{i}", $"alpha beta unique{i} words{i} here{i} more{i} terms{i} extra{i}", [], Day));
        }

        // "alpha" and "beta" now list only the two newest stories: the first is no longer a candidate.
        var again = index.Add(Some("b", "alpha beta", [], Day));
        again.Story.ShouldNotBe(first.Story);
    }

    [Fact]
    public void A_follow_up_that_names_the_event_day_joins_its_story_weeks_later()
    {
        var words = "gunman opened fire party backyard victims wounded police investigate";
        string[] names = ["per:ana ortiz", "loc:millbrook"];
        var options = StoryClusteringOptions.Default with { DatePenalty = 1.0 };
        var later = Day.AddDays(30);

        var index = new StoryIndex(options);
        var first = index.Add(Some("a", words, names, Day, Day));
        index.Add(Some("b", words + " arrested charged", names, later, later, Day)).Story.ShouldBe(first.Story);

        // The same words a month later, naming no day of the story: another event.
        var other = new StoryIndex(options);
        var again = other.Add(Some("a", words, names, Day, Day));
        other.Add(Some("c", words + " arrested charged", names, later, later)).Story.ShouldNotBe(again.Story);
    }

    [Fact]
    public void A_story_with_a_follow_up_months_later_does_not_take_in_the_events_of_the_months_between()
    {
        var words = "gunman opened fire party backyard victims wounded police investigate";
        string[] names = ["per:ana ortiz", "loc:millbrook"];
        var options = StoryClusteringOptions.Default with { DatePenalty = 1.0 };
        var trial = Day.AddDays(200);
        var index = new StoryIndex(options);
        var first = index.Add(Some("a", words, names, Day, Day));
        index.Add(Some("b", words + " trial verdict", names, trial, trial, Day)).Story.ShouldBe(first.Story);

        // Another shooting in the same town halfway between, naming neither day: far from both of the story's events.
        index.Add(Some("c", words + " arrested charged", ["loc:millbrook"], Day.AddDays(100), Day.AddDays(100))).Story.ShouldNotBe(first.Story);
    }

    [Fact]
    public void A_shared_rare_name_counts_for_more_than_a_shared_common_place()
    {
        var index = new StoryIndex();
        for (var i = 0; i < 20; i++)
        {
            index.Add(Some($"f{i}", $"council{i} budget{i} vote{i} school{i} road{i}", ["loc:millbrook", $"per:someone {i}"], Day));
        }

        var story = index.Add(Some("a", "gunman opened fire party backyard victims wounded", ["loc:millbrook", "per:ana ortiz"], Day)).Story;

        index.Add(Some("b", "gunman opened fire party backyard victims", ["loc:millbrook", "per:ana ortiz"], Day));
        var sameName = index.LastScored.Single(c => c.Story == story).Parts;
        index.Add(Some("c", "gunman opened fire party backyard victims", ["loc:millbrook", "per:bo lindqvist"], Day));
        var samePlace = index.LastScored.Single(c => c.Story == story).Parts;

        sameName.EntityScore.ShouldBeGreaterThan(0.9);
        samePlace.EntityScore.ShouldBeLessThan(0.1);
    }

    [Fact]
    public void Lookup_work_per_article_stays_bounded_as_the_index_grows()
    {
        var options = StoryClusteringOptions.Default;
        var index = new StoryIndex(options);
        var random = new Random(3);
        for (var i = 0; i < 3_000; i++)
        {
            var before = (index.PostingsRead, index.CandidatesScored);
            var words = string.Join(' ', Enumerable.Range(0, 20).Select(_ => $"word{random.Next(200)}"));
            index.Add(Some($"a{i}", words, [$"loc:place{random.Next(20)}", $"per:person{random.Next(500)}"], Day.AddDays(random.Next(1_000))));
            (index.PostingsRead - before.PostingsRead).ShouldBeLessThanOrEqualTo(options.PostingsPerArticle + options.PostingsPerKey);
            (index.CandidatesScored - before.CandidatesScored).ShouldBeLessThanOrEqualTo(options.ScoredCandidates);
        }
    }

    [Fact]
    public void A_rare_name_finds_its_story_even_when_common_words_fill_the_lookup_budget()
    {
        var options = StoryClusteringOptions.Default with { PostingsPerArticle = 8 };
        var index = new StoryIndex(options);
        var first = index.Add(Some("a", "police shooting city gunman backyard party", ["loc:millbrook", "per:ana ortiz"], Day)).Story;
        for (var i = 0; i < 40; i++)
        {
            // Other events in the same city, months apart.
            index.Add(Some($"f{i}", $"police shooting city robbery{i} store{i} clerk{i} car{i}", ["loc:millbrook", $"per:someone {i}"], Day.AddDays(60 * (i + 1))));
        }

        index.StoryCount.ShouldBe(41);

        index.Add(Some("b", "police shooting city", ["loc:millbrook", "per:ana ortiz"], Day)).Story.ShouldBe(first);
    }
}
