using Triangulate.Annotate.Quantities;

namespace Triangulate.Tests.Annotate.Quantities;

public class QuantityRecognizerTests
{
    private static readonly QuantityRecognizer Recognizer = new();

    private static List<Quantity> Find(string text) => [.. Recognizer.Recognize(text, 0, text.Length)];

    [Theory]
    [InlineData("More than 200 Palestinians have died since the fighting began.", "More than 200 Palestinians", 200, Hedge.MoreThan, "Palestinians", "killed")]
    [InlineData("Officials said about 240 hostages are still held.", "about 240 hostages", 240, Hedge.About, "hostages", "held-hostage")]
    [InlineData("Approximately 1.5 million people have been displaced.", "Approximately 1.5 million people", 1_500_000, Hedge.About, "people", "displaced")]
    [InlineData("The storm left three dead in the valley.", "three dead", 3, Hedge.None, null, "killed")]
    [InlineData("Nearly 9,200 were killed, the ministry said.", "Nearly 9,200", 9200, Hedge.Nearly, null, "killed")]
    [InlineData("A death toll exceeding 9,200 was reported.", "exceeding 9,200", 9200, Hedge.MoreThan, null, "killed")]
    [InlineData("Police arrested two dozen protesters overnight.", "two dozen protesters", 24, Hedge.None, "protesters", "arrested")]
    [InlineData("Up to 30 homes were evacuated.", "Up to 30 homes", 30, Hedge.UpTo, "homes", "evacuated")]
    [InlineData("The attack killed twenty-six soldiers.", "twenty-six soldiers", 26, Hedge.None, "soldiers", "killed")]
    [InlineData("Two men were shot and killed late Friday.", "Two men", 2, Hedge.None, "men", "killed")]
    [InlineData("Five people were shot, police said.", "Five people", 5, Hedge.None, "people", "shot")]
    [InlineData("The fire injured 1,400 workers at the plant.", "1,400 workers", 1400, Hedge.None, "workers", "injured")]
    [InlineData("Some 1,400 casualties were counted.", "Some 1,400 casualties", 1400, Hedge.About, "casualties", "casualties")]
    [InlineData("Rescuers said 200 or more are missing.", "200 or more", 200, Hedge.AtLeast, null, "missing")]
    public void Reads_counts_with_hedge_counted_and_event(string text, string span, double value, Hedge hedge, string? counted, string? eventName)
    {
        var q = Find(text).ShouldHaveSingleItem();
        q.Text.ShouldBe(span);
        text.Substring(q.Start, q.Length).ShouldBe(span);
        q.Kind.ShouldBe(QuantityKind.Count);
        q.Value.ShouldBe(value);
        q.Hedge.ShouldBe(hedge);
        q.Counted.ShouldBe(counted);
        q.Event.ShouldBe(eventName);
    }

    [Theory]
    [InlineData("A man was shot and killed on Tuesday night.", "A man", "man", "killed")]
    [InlineData("A 14-year-old girl has been fatally shot in her home.", "A 14-year-old girl", "girl", "killed")]
    [InlineData("She was taken to a hospital, where she died.", "she", "person", "killed")]
    [InlineData("The family of a 17-year-old shot and killed by an officer hired a lawyer.", "a 17-year-old", "person", "killed")]
    [InlineData("Charges were filed in the shooting death of a Houston man.", "a Houston man", "man", "killed")]
    [InlineData("Jane Roe, 23, was shot in the leg.", "Jane Roe", "person", "injured")]
    [InlineData("The boy accidentally shot and killed his 13-year-old brother at home.", "his 13-year-old brother", "brother", "killed")]
    public void A_singular_victim_is_a_count_of_one(string text, string span, string counted, string eventName)
    {
        var q = Find(text).ShouldHaveSingleItem();
        q.Text.ShouldBe(span);
        q.Value.ShouldBe(1);
        q.Counted.ShouldBe(counted);
        q.Event.ShouldBe(eventName);
    }

    [Theory]
    [InlineData("The 12-year-old was questioned.")]
    [InlineData("Jane Roe, 23, of Springfield, spoke to reporters.")]
    [InlineData("The shooting happened at 11:13 p.m. near 345 Burning Oak Dr in the city.")]
    [InlineData("Call 555-1234 for details.")]
    [InlineData("The meeting took place on Nov. 3 in 2023.")]
    [InlineData("He carried a 9mm handgun for 20 years.")]
    [InlineData("It was the 27th shooting this year, according to records [12].")]
    [InlineData("One of the reasons was the weather.")]
    public void Ages_times_dates_addresses_phones_and_measures_are_not_counts(string text) =>
        Find(text).Where(q => q.Kind == QuantityKind.Count).ShouldBeEmpty();

    [Fact]
    public void Each_count_in_a_sentence_gets_its_own_event()
    {
        var found = Find("Four people were killed and at least 11 others were wounded.");
        found.Count.ShouldBe(2);
        found[0].ShouldSatisfyAllConditions(q => q.Text.ShouldBe("Four people"), q => q.Event.ShouldBe("killed"));
        found[1].ShouldSatisfyAllConditions(q => q.Text.ShouldBe("at least 11 others"), q => q.Event.ShouldBe("injured"), q => q.Hedge.ShouldBe(Hedge.AtLeast));
    }

    [Theory]
    [InlineData("Two men killed a shopkeeper, police said.")]
    [InlineData("Three gunmen stormed the building.")]
    public void Those_who_did_it_are_not_counted_as_its_victims(string text) =>
        Find(text).Where(q => q.Event == "killed").ShouldBeEmpty();

    [Fact]
    public void The_victim_is_the_object_not_the_subject()
    {
        var q = Find("A man killed his neighbour on Monday.").ShouldHaveSingleItem();
        q.Text.ShouldBe("his neighbour");
        q.Event.ShouldBe("killed");
    }

    [Fact]
    public void Hedges_become_bounds()
    {
        Find("more than 200 people died").Single().ShouldSatisfyAllConditions(
            q => q.Low.ShouldBe(200),
            q => q.High.ShouldBeNull());
        Find("about 240 hostages are held").Single().ShouldSatisfyAllConditions(
            q => q.Low!.Value.ShouldBe(216, 0.001),
            q => q.High!.Value.ShouldBe(264, 0.001));
        Find("fewer than 50 people were hurt").Single().ShouldSatisfyAllConditions(
            q => q.Low.ShouldBe(0),
            q => q.High.ShouldBe(50));
        Find("exactly 12 miners were rescued").Single().ShouldSatisfyAllConditions(
            q => q.Hedge.ShouldBe(Hedge.Exactly),
            q => q.Low.ShouldBe(12),
            q => q.High.ShouldBe(12));
    }

    [Theory]
    [InlineData("Between 200 and 240 people were evacuated.", "Between 200 and 240 people", 200, 240)]
    [InlineData("Officials said 200-240 people were evacuated.", "200-240 people", 200, 240)]
    [InlineData("Hundreds of people were evacuated.", "Hundreds of people", 200, 999)]
    [InlineData("Tens of thousands of people were displaced.", "Tens of thousands of people", 20_000, 99_999)]
    public void Ranges_and_vague_amounts_have_bounds(string text, string span, double low, double high)
    {
        var q = Find(text).ShouldHaveSingleItem();
        q.Text.ShouldBe(span);
        q.Low.ShouldBe(low);
        q.High.ShouldBe(high);
    }

    [Fact]
    public void Percentages_and_money_are_kept_apart_from_counts()
    {
        var found = Find("About 70% of the population, or 1.5 million people, fled; aid worth $3 million arrived.");
        found.Single(q => q.Kind == QuantityKind.Percent).ShouldSatisfyAllConditions(q => q.Value.ShouldBe(70), q => q.Hedge.ShouldBe(Hedge.About));
        found.Single(q => q.Kind == QuantityKind.Money).ShouldSatisfyAllConditions(q => q.Value.ShouldBe(3_000_000), q => q.Unit.ShouldBe("USD"));
        found.Single(q => q.Kind == QuantityKind.Count).Value.ShouldBe(1_500_000);
    }

    [Theory]
    [InlineData("Two men were shot and are in stable condition, police said.", "injured")]
    [InlineData("A woman was shot in the leg on Friday.", "injured")]
    [InlineData("A girl was shot on Sunday and is recovering at a hospital.", "injured")]
    [InlineData("Two men were shot, police said.", "shot")]
    [InlineData("Two men were shot; one died at the scene and the other is in stable condition.", "shot")]
    public void People_shot_who_survived_are_injured(string text, string eventName) =>
        Find(text).First().Event.ShouldBe(eventName);

    [Fact]
    public void No_one_hurt_is_a_count_of_zero()
    {
        var q = Find("No one else was hurt in the blast.").ShouldHaveSingleItem();
        q.Value.ShouldBe(0);
        q.Event.ShouldBe("injured");
    }

    [Fact]
    public void Spans_are_offsets_into_the_given_range()
    {
        const string text = "Intro sentence. Then 12 people were injured.";
        var start = text.IndexOf("Then", StringComparison.Ordinal);
        var q = Recognizer.Recognize(text, start, text.Length).ShouldHaveSingleItem();
        text.Substring(q.Start, q.Length).ShouldBe("12 people");
    }

    [Fact]
    public void A_separate_clause_does_not_lend_its_event()
    {
        var found = Find("Three gunmen opened fire. Nobody knows why. Two officers arrived later.");
        found.Where(q => q.Event == "killed").ShouldBeEmpty();
    }

    [Fact]
    public void The_object_of_an_active_verb_takes_that_verb_s_event()
    {
        var found = Find("The gunman killed three people and wounded two others on Friday.");
        found.Single(q => q.Text == "three people").Event.ShouldBe("killed");
        found.Single(q => q.Text == "two others").Event.ShouldBe("injured");
    }

    [Theory]
    [InlineData("Four people were shot, one fatally, on Saturday.", 1, 3)]
    [InlineData("Five teenagers were shot near the park and two of them died.", 2, 3)]
    [InlineData("Six men were shot on Friday; one was killed.", 1, 5)]
    public void Those_shot_less_those_killed_were_wounded(string text, double killed, double injured)
    {
        var found = Find(text);
        found.Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);
        found.Where(q => q.Event == "injured").ShouldHaveSingleItem().Value.ShouldBe(injured);
    }

    [Fact]
    public void People_shot_in_an_article_that_names_no_death_were_wounded()
    {
        const string text = "Two men were shot outside a bar on Friday. Both were taken to a hospital.";
        var found = ShotOutcomes.Resolve(text, [.. Find(text)]);
        found.Single(q => q.Text == "Two men").Event.ShouldBe("injured");
    }

    [Fact]
    public void People_shot_in_an_article_that_names_a_death_stay_shot()
    {
        const string text = "Two men were shot outside a bar on Friday. One of them died on Saturday.";
        var found = ShotOutcomes.Resolve(text, [.. Find(text)]);
        found.Single(q => q.Text == "Two men").Event.ShouldBe("shot");
    }

    [Theory]
    [InlineData("Police investigated a double homicide on Elm Street.", "double homicide", 2, "killed")]
    [InlineData("It was the town's first triple-shooting in years.", "triple-shooting", 3, "shot")]
    [InlineData("Detectives called it a murder-suicide.", "murder-suicide", 2, "killed")]
    public void A_multiple_killing_or_shooting_counts_its_victims(string text, string span, double value, string eventName)
    {
        var q = Find(text).ShouldHaveSingleItem();
        q.Text.ShouldBe(span);
        q.Value.ShouldBe(value);
        q.Event.ShouldBe(eventName);
    }

    [Fact]
    public void An_attempted_murder_suicide_counts_no_deaths() =>
        Find("Deputies said it was an attempted murder-suicide.").ShouldBeEmpty();

    [Theory]
    [InlineData("A 52-year-old man and a teenage girl were found dead in the house.", 2, "killed")]
    [InlineData("Two women and a baby were shot and killed on Sunday.", 3, "killed")]
    [InlineData("The gunman killed a woman and her two sons before fleeing.", 3, "killed")]
    [InlineData("Jane Roe, 31, and John Doe, 29, were wounded in the attack.", 2, "injured")]
    public void People_named_one_by_one_are_counted_together(string text, double value, string eventName) =>
        Find(text).Where(q => q.Event == eventName).Max(q => q.Value).ShouldBe(value);

    [Fact]
    public void A_relative_clause_belongs_to_the_last_of_the_people_named() =>
        Find("Jane Roe and the man who died had argued.").Where(q => q.Event == "killed").ShouldAllBe(q => q.Value == 1);

    [Theory]
    [InlineData("Jane Roe, 32 of Springfield, was killed inside the bar.", 1)]
    [InlineData("John Doe and Richard Roe, both 21, were killed.", 2)]
    [InlineData("One of the six, a 24-year-old man, died at a hospital.", 1)]
    [InlineData("A 3 yr old boy was killed on Sunday.", 1)]
    [InlineData("He was charged in the 2014 shooting death of a teenager.", 1)]
    [InlineData("Two people were killed and four others were taken to a hospital.", 2)]
    [InlineData("The gunman was accused of killing his wife and their four children.", 5)]
    public void Ages_years_and_back_references_are_not_counts_of_the_killed(string text, double killed) =>
        Find(text).Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);

    [Theory]
    [InlineData("We are fortunate that another child was not killed.")]
    [InlineData("He is accused of trying to kill two officers.")]
    public void What_did_not_happen_befell_no_one(string text) =>
        Find(text).Where(q => q.Event == "killed").ShouldBeEmpty();

    [Theory]
    [InlineData("Police said about 15 rounds were shot at the house.")]
    [InlineData("The gunman fired into three separate homes and wounded nobody inside.")]
    public void Things_counted_are_no_victims(string text) =>
        Find(text).Where(q => q.Value > 0 && q.Event is "shot" or "killed" or "injured").ShouldBeEmpty();

    [Theory]
    [InlineData("The boy was shot with a 9-millimeter handgun.", 1.0)]
    [InlineData("Two teenagers, 16 and 17 years old, were shot.", 2.0)]
    [InlineData("Image 1 of / 44 A woman was shot on Friday.", 1.0)]
    [InlineData("Police said he was shot at 9330 59th Ave. on Friday.", 1.0)]
    public void Measures_ages_pictures_and_house_numbers_are_not_counted(string text, double? largest) =>
        Find(text).Where(q => q.Event is "shot" or "injured").Max(q => q.Value).ShouldBe(largest);

    [Fact]
    public void Places_joined_by_and_are_not_people() =>
        Find("Visitors at Lincoln Park and Oak Street Beach were wounded.").ShouldAllBe(q => q.Value != 2);

    [Theory]
    [InlineData("Six people were killed and 20 wounded in separate shootings across the city since Friday.")]
    [InlineData("At least 40 children have been shot so far this year.")]
    [InlineData("In the past three weeks, four teenagers have died from gunfire.")]
    public void Totals_over_many_events_are_aggregates(string text) =>
        Find(text).Where(q => q.Event is not null).ShouldAllBe(q => q.Scope == QuantityScope.Aggregate);

    [Theory]
    [InlineData("Three people were killed on Friday in the deadliest shooting in the city this year.")]
    [InlineData("Two men were shot and killed outside a bar on Friday.")]
    public void One_event_s_figures_are_not_aggregates(string text) =>
        Find(text).Where(q => q.Event is not null).ShouldAllBe(q => q.Scope == QuantityScope.Event);

    [Theory]
    [InlineData("A man accidentally shot himself in the hand while cleaning a rifle.", "himself", "injured")]
    [InlineData("The hunter shot himself on Sunday.", "himself", "shot")]
    [InlineData("A homeowner accidentally shot his girlfriend on Friday.", "his girlfriend", "shot")]
    public void The_one_a_shot_befell_is_counted_once(string text, string span, string eventName)
    {
        var q = Find(text).ShouldHaveSingleItem();
        q.Text.ShouldBe(span);
        q.Value.ShouldBe(1);
        q.Event.ShouldBe(eventName);
    }

    [Fact]
    public void Later_people_in_a_list_may_go_without_an_article() =>
        Find("A man, woman and 6-year-old boy were shot on Saturday.").Where(q => q.Event == "shot").Max(q => q.Value).ShouldBe(3);

    [Theory]
    [InlineData("An 11-year-old boy suffered gunshot wounds on Monday afternoon.", 1.0)]
    [InlineData("Police found a man with a gunshot wound to the chest.", 1.0)]
    [InlineData("A 3-year-old girl who was critically injured on Friday is recovering.", 1.0)]
    [InlineData("Three men were found with gunshot wounds inside the bar.", 3.0)]
    [InlineData("A 59-year-old man, 49-year-old woman and 53-year-old man suffered gunshot wounds.", 3.0)]
    [InlineData("The other two boys, 12 and 16, were taken to a hospital with gunshot wounds.", 2.0)]
    public void A_gunshot_wound_or_a_relative_clause_says_who_was_hurt(string text, double largest) =>
        Find(text).Where(q => q.Event is "shot" or "injured").Max(q => q.Value).ShouldBe(largest);

    [Fact]
    public void People_hurt_or_killed_are_casualties() =>
        Find("Eight children have been wounded or killed by gunfire.").ShouldHaveSingleItem().Event.ShouldBe("casualties");

    [Theory]
    [InlineData("I-20 - two injured", 2.0)]
    [InlineData("John Doe Jr., 38, had shot his daughter in the leg.", 1.0)]
    [InlineData("Four people were shot at the Elm County Courthouse, and two people were wounded later.", 4.0)]
    public void Road_names_ages_and_places_do_not_add_to_counts(string text, double largest) =>
        Find(text).Where(q => q.Event is "shot" or "injured").Max(q => q.Value).ShouldBe(largest);

    [Fact]
    public void This_one_is_a_pronoun_not_a_count() =>
        Find("This one hurt, a lot, the chief said.").ShouldBeEmpty();

    [Fact]
    public void People_wounded_in_shootings_are_an_aggregate() =>
        Find("Nine other people were wounded in shootings from Friday to Sunday.").ShouldHaveSingleItem().Scope.ShouldBe(QuantityScope.Aggregate);

    [Theory]
    [InlineData("Three people were found shot to death in a car on Friday.", 3.0)]
    [InlineData("Police said he shot his wife and her mother to death.", 2.0)]
    [InlineData("The student killed four classmates and himself in the cafeteria.", 5.0)]
    [InlineData("The gunman fled before killing himself.", 1.0)]
    public void Shot_to_death_and_killing_himself_are_deaths(string text, double killed) =>
        Find(text).Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);

    [Fact]
    public void An_age_after_a_name_without_its_first_comma_is_no_count() =>
        Find("John Doe 21, was found shot to death on Elm Street.").ShouldAllBe(q => q.Value != 21);

    [Fact]
    public void Another_is_one_more_person() =>
        Find("Two men were shot to death and another was injured on Friday.").Where(q => q.Event == "injured").ShouldHaveSingleItem().Value.ShouldBe(1);

    [Theory]
    [InlineData("There should have been five people dead that night, the chief said.")]
    [InlineData("The retired diver dies at 96.")]
    [InlineData("The witness told FOX 4 he heard shots before anyone died.")]
    public void Hypotheses_ages_at_death_and_station_names_count_no_deaths(string text) =>
        Find(text).Where(q => q.Event == "killed" && q.Value > 1).ShouldBeEmpty();

    [Fact]
    public void Crime_statistics_are_an_aggregate() =>
        Find("Crime stats for the city show 165 people were murdered.").ShouldHaveSingleItem().Scope.ShouldBe(QuantityScope.Aggregate);

    [Theory]
    [InlineData("John Doe, a father of two, was shot and killed on Friday.", 1.0)]
    [InlineData("Video 1:14 Two men were killed in the crash.", 2.0)]
    [InlineData("Police sought the killer of a 14-year-old boy, and son of a teacher, who was killed on Friday.", 1.0)]
    public void Family_sizes_video_times_and_appositions_add_no_victims(string text, double killed) =>
        Find(text).Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);

    [Theory]
    [InlineData("A gunman opened fire, killing a man and injuring three others.", "killed", 1.0)]
    [InlineData("A teenager is accused of shooting his cousin on Friday.", "shot", 1.0)]
    [InlineData("Someone shot him overnight, the chief said.", "shot", 1.0)]
    [InlineData("Her brother accidentally shot her in the face.", "shot", 1.0)]
    [InlineData("An 8-year-old girl was accidentally shot near her home.", "shot", 1.0)]
    public void Objects_pronouns_and_adverbs_leave_the_victim_counted(string text, string eventName, double value) =>
        Find(text).Where(q => q.Event == eventName).Max(q => q.Value).ShouldBe(value);

    [Fact]
    public void A_shooting_as_a_noun_has_no_object() =>
        Find("The shooting a man witnessed was the second this week.").Where(q => q.Event is not null).ShouldBeEmpty();

    [Theory]
    [InlineData("Five men were wounded in a shooting at Club 21 in Belle Glade.", 5.0)]
    [InlineData("Four men and five women, all younger than 45, were injured.", 9.0)]
    [InlineData("In Chicago 12 people were injured overnight.", 12.0)]
    public void Names_and_age_bounds_are_no_counts(string text, double largest) =>
        Find(text).Where(q => q.Event == "injured").Max(q => q.Value).ShouldBe(largest);

    [Fact]
    public void An_age_bound_after_a_person_is_no_count() =>
        Find("It was the 26th shooting this year that injured children under 18.").ShouldAllBe(q => q.Value != 18);

    [Theory]
    [InlineData("A woman shot and killed her two daughters before killing herself.", 3.0)]
    [InlineData("The gunman killed three people before taking his own life.", 4.0)]
    [InlineData("Police called it a murder-suicide: a man killed his wife and then himself.", 2.0)]
    public void The_shooter_s_own_death_adds_to_those_he_killed(string text, double killed) =>
        Find(text).Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);

    [Fact]
    public void Ages_sharing_one_unit_are_no_counts() =>
        Find("A father killed his 12- and 10-year-old sons on Friday.").ShouldAllBe(q => q.Value != 12);

    [Theory]
    [InlineData("Another boy, also 14, was shot in the arm.", 14.0)]
    [InlineData("Officials said Ana Vero, 58 and Luis Vero, 61 were found dead in the house.", 61.0)]
    [InlineData("Tom Reyes, who turned 17 last week, was shot and killed.", 17.0)]
    [InlineData("A 7 yo boy was wounded in the yard.", 7.0)]
    public void More_ages_are_no_counts(string text, double age) =>
        Find(text).Where(q => q.Event is not null).ShouldAllBe(q => q.Value != age);

    [Fact]
    public void A_count_after_a_place_and_a_comma_is_still_a_count() =>
        Find("In Los Angeles, 12 were shot.").ShouldHaveSingleItem().Value.ShouldBe(12);

    [Theory]
    [InlineData("Police said five people, two men and three women, were shot outside a bar.", "shot", 5.0)]
    [InlineData("Three people were killed, including the gunman, and four others were wounded.", "injured", 4.0)]
    public void A_group_s_parts_are_not_added_to_it(string text, string eventName, double largest) =>
        Find(text).Where(q => q.Event == eventName).Max(q => q.Value).ShouldBe(largest);

    [Theory]
    [InlineData("Four people were wounded in two shootings on Saturday.")]
    [InlineData("The second of the three shootings that injured nine people happened downtown.")]
    [InlineData("At least 20 people were shot in incidents across the region.")]
    public void Figures_over_several_shootings_are_aggregates(string text) =>
        Find(text).Where(q => q.Event is not null).ShouldAllBe(q => q.Scope == QuantityScope.Aggregate);

    [Fact]
    public void A_number_word_is_not_what_a_number_counts() =>
        Find("Photo 3 of 12 Four wounded at a party.").Where(q => q.Event == "injured").ShouldHaveSingleItem().Value.ShouldBe(4);

    [Theory]
    [InlineData("The gunman killed three coworkers before he was shot and killed by deputies.", 4.0)]
    [InlineData("The gunman killed three coworkers before he was arrested.", 3.0)]
    public void A_shooter_killed_after_his_victims_adds_to_them(string text, double killed) =>
        Find(text).Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);

    [Theory]
    [InlineData("Six people including a 9-year-old were wounded on Sunday.", "injured", 6.0)]
    [InlineData("Three teens – all 16 – were shot near the school.", "shot", 3.0)]
    public void Asides_between_the_count_and_its_verb_are_skipped(string text, string eventName, double value) =>
        Find(text).Where(q => q.Event == eventName).Max(q => q.Value).ShouldBe(value);

    [Fact]
    public void The_verb_of_someone_named_in_an_aside_is_not_the_group_s() =>
        Find("She was with about 10 friends, including the boy who was killed.").Where(q => q.Event is not null).ShouldAllBe(q => q.Value != 10);

    [Theory]
    [InlineData("One of the four men shot and killed on Friday was a teacher.", 4.0)]
    [InlineData("One of the three men shot died later.", 1.0)]
    public void A_participle_after_the_group_referred_to_is_the_group_s(string text, double killed) =>
        Find(text).Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);

    [Theory]
    [InlineData("The gunman killed one and injured three before shooting himself.", 2.0)]
    [InlineData("A man killed his neighbor and then shot himself.", 2.0)]
    [InlineData("A boy died after accidentally shooting himself at home.", 1.0)]
    [InlineData("A man shot his wife and killed her sister before turning the gun on himself.", 2.0)]
    public void Shooting_himself_after_killing_others_is_the_shooter_s_death(string text, double killed) =>
        Find(text).Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(killed);

    [Fact]
    public void The_shooter_s_own_death_is_not_among_those_he_shot()
    {
        var found = Find("A man shot his two sons before turning the gun on himself.");
        found.ShouldNotContain(q => q.Event == "injured");
        found.Single(q => q.Event == "shot").Value.ShouldBe(2);
        found.Single(q => q.Event == "killed").Text.ShouldBe("himself");
    }

    [Theory]
    [InlineData("It could easily have killed her.")]
    [InlineData("A few inches lower, it might have hit him in the chest and killed him.")]
    public void What_could_have_happened_befell_no_one(string text) =>
        Find(text).ShouldNotContain(q => q.Event == "killed");

    [Theory]
    [InlineData("Police said a man was shot in the leg, a woman was shot in the arm, and another man was shot in the foot.", "injured", 3.0)]
    [InlineData("A 6-year-old boy was shot in the arm and a 30-year-old woman was shot in the back.", "injured", 2.0)]
    public void Victims_told_one_clause_each_in_a_sentence_are_added(string text, string eventName, double largest) =>
        Find(text).Where(q => q.Event == eventName).Max(q => q.Value).ShouldBe(largest);

    [Theory]
    [InlineData("A man was found dead after a man was heard shouting.")]
    [InlineData("The man was shot in the leg and the woman was shot in the arm.")]
    public void The_dead_and_people_already_named_are_not_added_clause_by_clause(string text) =>
        Find(text).ShouldAllBe(q => q.Value == 1);

    [Fact]
    public void Ages_listed_after_ages_were_are_no_counts() =>
        Find("Four children were wounded; their ages were 6, 9, 12 and 15.").Where(q => q.Event is not null).ShouldAllBe(q => q.Value != 6 && q.Value != 15);

    [Theory]
    [InlineData("Two boys were injured on Sunday in separate accidental shootings.")]
    [InlineData("Nine people were wounded in two weekend shootings in the city.")]
    [InlineData("Three people were killed in 11 shooting incidents overnight.")]
    public void Figures_over_several_shootings_with_a_word_between_are_aggregates(string text) =>
        Find(text).Where(q => q.Event is not null).ShouldAllBe(q => q.Scope == QuantityScope.Aggregate);

    [Theory]
    [InlineData("Police said one man is dead and three other people were shot on Elm Avenue.", 3.0)]
    [InlineData("Two men are dead and four others are in the hospital with gunshot wounds.", 4.0)]
    public void Others_shot_beside_the_dead_are_injured(string text, double injured) =>
        Find(text).Where(q => q.Event == "injured").Max(q => q.Value).ShouldBe(injured);

    [Fact]
    public void Others_shot_with_no_death_beside_them_stay_shot() =>
        Find("Four others were shot, police said.").ShouldHaveSingleItem().Event.ShouldBe("shot");

    [Fact]
    public void A_shooting_that_names_a_place_befell_no_one() =>
        Find("Deputies responded to the Elm Arms and Gear shooting range on Main Street.").ShouldNotContain(q => q.Event != null);

    [Fact]
    public void Victims_one_after_another_are_not_one_event_s() =>
        Find("Hours after a student was shot on Monday, another teen was shot in the same area.").ShouldAllBe(q => q.Value == 1);

    [Fact]
    public void A_shooting_with_a_time_after_it_is_still_what_befell_them() =>
        Find("Four men and a woman died in a shooting overnight.").Where(q => q.Event == "killed").Max(q => q.Value).ShouldBe(5);

    [Fact]
    public void No_other_person_hurt_is_no_victim() =>
        Find("The boy shot himself in the hand and no other student was injured.").ShouldNotContain(q => q.Event == "injured" && q.Text.Contains("student"));

    [Fact]
    public void A_shooter_killed_by_police_is_not_taken_from_those_he_shot() =>
        Find("The man shot four of his relatives before he was killed by the police.").ShouldNotContain(q => q.Event == "injured");
}
