using Triangulate.Annotate;
using static Triangulate.Tests.Annotate.AnnotateHelper;

namespace Triangulate.Tests.Annotate;

public class CanonicalEntityTests
{
    [Fact]
    public void Surname_and_titled_mentions_share_the_longest_full_name()
    {
        var annotated = AnnotateText(
            "U.S. Secretary of State Antony J. Blinken arrived in Tel Aviv on Friday.",
            "Blinken met officials for three hours. Later, Secretary Blinken spoke to reporters.");
        annotated.All("Blinken").Count().ShouldBe(2);
        annotated.All("Blinken").ShouldAllBe(e => e.Canonical == "Antony J. Blinken");
        annotated.Entity("Antony J. Blinken").Canonical.ShouldBe("Antony J. Blinken");
    }

    [Fact]
    public void Keeps_the_title_with_the_person()
    {
        var annotated = AnnotateText("Hezbollah leader Hassan Nasrallah gave a speech. Prime Minister Benjamin Netanyahu replied.");
        annotated.Entity("Hassan Nasrallah").Role.ShouldBe("Hezbollah leader");
        annotated.Entity("Benjamin Netanyahu").Role.ShouldBe("Prime Minister");
    }

    [Fact]
    public void Finds_a_role_in_apposition()
    {
        var annotated = AnnotateText("Karin Holm, the Norwegian foreign minister, arrived in Oslo.");
        annotated.Entity("Karin Holm").Role.ShouldBe("Norwegian foreign minister");
    }

    [Fact]
    public void Links_a_role_phrase_to_the_person_introduced_with_that_title()
    {
        var annotated = AnnotateText(
            "Secretary of State Antony Blinken met Israeli leaders in Tel Aviv.",
            "Afterwards the U.S. Secretary of State flew to Amman.");
        var role = annotated.Entities.Single(e => e.Text.EndsWith("Secretary of State", StringComparison.Ordinal) && e.Start > 20);
        role.Type.ShouldBe(EntityType.Person);
        role.Canonical.ShouldBe("Antony Blinken");
    }

    [Fact]
    public void Does_not_link_a_role_phrase_nobody_in_the_text_holds()
    {
        var annotated = AnnotateText("Antony Blinken visited Amman. The prime minister was not there.");
        annotated.Entities.ShouldNotContain(e => e.Text.Contains("prime minister", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Never_merges_two_people_who_share_a_surname()
    {
        var annotated = AnnotateText(
            "Benjamin Netanyahu spoke in Jerusalem. His son Yair Netanyahu posted a video from Miami.",
            "Yair Netanyahu later deleted it.");
        annotated.Entity("Benjamin Netanyahu").Canonical.ShouldBe("Benjamin Netanyahu");
        annotated.All("Yair Netanyahu").ShouldAllBe(e => e.Canonical == "Yair Netanyahu");
    }

    [Fact]
    public void A_bare_surname_shared_by_two_people_goes_to_the_one_named_last()
    {
        var annotated = AnnotateText("Joe Biden met reporters. Later Jill Biden visited a school in Ohio, where Biden read to pupils.");
        annotated.All("Biden").Single().Canonical.ShouldBe("Jill Biden");
    }

    [Fact]
    public void The_sitting_officeholder_is_not_the_former_one()
    {
        var annotated = AnnotateText(
            "Former President Hector Ruiz criticised President Elena Marquez on Monday.",
            "Ruiz said the president had failed.");
        annotated.Entities.Single(e => e.Text == "president").Canonical.ShouldBe("Elena Marquez");
    }

    [Fact]
    public void Merges_an_acronym_with_the_name_it_abbreviates()
    {
        var annotated = AnnotateText("The United Nations warned of famine. A UN official said aid was blocked.");
        annotated.Entity("UN").Canonical.ShouldBe("United Nations");
    }

    [Fact]
    public void Merges_spelling_variants_of_a_place()
    {
        var annotated = AnnotateText("Officials in the United States said talks would resume. The U.S. sent an envoy to Qatar.");
        annotated.Entity("U.S.").Canonical.ShouldBe("United States");
    }

    [Fact]
    public void Unifies_canonical_names_across_the_articles_of_a_story()
    {
        var first = AnnotateText("On Saturday, Blinken arrived in Amman.");
        var second = AnnotateText("Secretary of State Antony J. Blinken met Jordanian officials.");
        first.Entity("Blinken").Canonical.ShouldBe("Blinken");

        var story = StoryCanonicalizer.Unify([first, second]);

        story[0].Entity("Blinken").Canonical.ShouldBe("Antony J. Blinken");
        story[1].Entity("Antony J. Blinken").Canonical.ShouldBe("Antony J. Blinken");
    }

    [Fact]
    public void Story_unification_keeps_different_first_names_apart()
    {
        var first = AnnotateText("Joe Biden spoke in Ohio.");
        var second = AnnotateText("Jill Biden spoke in Texas.");
        var story = StoryCanonicalizer.Unify([first, second]);
        story[0].Entity("Joe Biden").Canonical.ShouldBe("Joe Biden");
        story[1].Entity("Jill Biden").Canonical.ShouldBe("Jill Biden");
    }
}

public class OrganizationDescriptionTests
{
    [Fact]
    public void Variants_of_a_described_ministry_share_one_canonical_name()
    {
        var annotated = AnnotateText(
            "The Gaza health ministry said 9,000 people had been killed. Gaza health authorities later raised the toll.",
            "The Hamas-controlled health ministry gave no breakdown.");
        annotated.Entity("Gaza health ministry").Canonical.ShouldBe("Gaza Health Ministry");
        annotated.Entity("Gaza health authorities").Canonical.ShouldBe("Gaza Health Ministry");
        var controlled = annotated.Entity("Hamas-controlled health ministry");
        controlled.Type.ShouldBe(EntityType.Organization);
        controlled.Canonical.ShouldBe("Gaza Health Ministry");
    }

    [Fact]
    public void Ministries_of_different_places_stay_apart()
    {
        var annotated = AnnotateText("The Gaza health ministry and Israel's health ministry gave different figures.");
        annotated.Entity("Gaza health ministry").Canonical.ShouldBe("Gaza Health Ministry");
        annotated.Entity("Israel's health ministry").Canonical.ShouldBe("Israel Health Ministry");
    }

    [Fact]
    public void A_bare_authorities_is_not_an_organisation()
    {
        var annotated = AnnotateText("The authorities in Gaza said the crossing was closed.");
        annotated.Entities.ShouldNotContain(e => e.Text.Contains("authorities"));
    }
}
