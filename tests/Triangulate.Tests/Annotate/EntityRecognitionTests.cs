using Triangulate.Annotate;
using static Triangulate.Tests.Annotate.AnnotateHelper;

namespace Triangulate.Tests.Annotate;

public class EntityRecognitionTests
{
    [Theory]
    [InlineData("Foreign Minister Ayman Safadi arrived in Amman on Sunday.", "Ayman Safadi", EntityType.Person)]
    [InlineData("Foreign Minister Ayman Safadi arrived in Amman on Sunday.", "Amman", EntityType.Location)]
    [InlineData("The talks were hosted by the United Nations in Geneva.", "United Nations", EntityType.Organization)]
    [InlineData("The talks were hosted by the United Nations in Geneva.", "Geneva", EntityType.Location)]
    [InlineData("Shares of Microsoft fell after the report.", "Microsoft", EntityType.Organization)]
    [InlineData("Hezbollah fired rockets into northern Israel overnight.", "Hezbollah", EntityType.Organization)]
    [InlineData("Hezbollah fired rockets into northern Israel overnight.", "Israel", EntityType.Location)]
    [InlineData("Several Israeli officials and Egyptian mediators met in Cairo.", "Israeli", EntityType.Misc)]
    [InlineData("Several Israeli officials and Egyptian mediators met in Cairo.", "Egyptian", EntityType.Misc)]
    [InlineData("Police in Lyon arrested a man on Tuesday, a spokeswoman for the French Interior Ministry said.", "Interior Ministry", EntityType.Organization)]
    [InlineData("The striker joined Real Madrid after the World Cup.", "World Cup", EntityType.Misc)]
    public void Recognises_entities_in_normally_cased_news(string sentence, string text, EntityType type)
    {
        var annotated = AnnotateText(sentence);
        annotated.Entity(text).Type.ShouldBe(type);
    }

    [Fact]
    public void Keeps_a_middle_initial_inside_the_name()
    {
        var annotated = AnnotateText("Secretary of State Antony J. Blinken met reporters in Tel Aviv.");
        var person = annotated.Entity("Antony J. Blinken");
        person.Type.ShouldBe(EntityType.Person);
        annotated.Entity("Tel Aviv").Type.ShouldBe(EntityType.Location);
    }

    [Fact]
    public void Does_not_tag_the_title_as_part_of_the_name()
    {
        var annotated = AnnotateText("Prime Minister Benjamin Netanyahu addressed the Knesset on Monday.");
        annotated.Entities.ShouldNotContain(e => e.Text.Contains("Minister"));
        annotated.Entity("Benjamin Netanyahu").Type.ShouldBe(EntityType.Person);
    }

    [Theory]
    [InlineData("President Marlow has consistently expressed support for the plan.")]
    [InlineData("Governor Marlow has repeatedly said the bridge will reopen.")]
    public void A_person_name_never_runs_on_into_lower_case_words(string sentence)
    {
        var annotated = AnnotateText(sentence);
        foreach (var person in annotated.Entities.Where(e => e.Type == EntityType.Person))
        {
            person.Text.Split(' ').ShouldAllBe(word => !char.IsLower(word[0]));
        }
    }

    [Fact]
    public void Mention_spans_point_at_their_text_in_the_body()
    {
        var annotated = AnnotateText("Aid convoys left Rafah.", "Officials in Gaza said 40 trucks crossed.");
        foreach (var entity in annotated.Entities)
        {
            annotated.Article.Body[entity.Start..entity.End].ShouldBe(entity.Text);
        }

        annotated.Entities.Select(e => e.Text).ShouldBe(["Rafah", "Gaza"]);
    }

    [Fact]
    public void Annotates_sentences_and_tokens_of_the_body()
    {
        var annotated = AnnotateText("He spoke. She listened.", "Then they left.");
        annotated.Sentences.Length.ShouldBe(3);
        annotated.Tokens.Length.ShouldBe(10);
    }

    [Fact]
    public void An_empty_body_has_no_sentences_or_entities()
    {
        var annotated = AnnotateText();
        annotated.Sentences.ShouldBeEmpty();
        annotated.Entities.ShouldBeEmpty();
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Should.Throw<OperationCanceledException>(() => Annotators.Default.Annotate(Article("Blinken met Netanyahu."), source.Token));
    }
}
