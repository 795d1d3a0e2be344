using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Triangulate.Annotate.Quantities;
using Triangulate.Brief;
using Triangulate.Claims;
using Triangulate.Extract;
using Triangulate.Verify;

namespace Triangulate.Render;

/// <summary>Writes a story brief's fields (summary, facts, contradictions, timeline, quotes) and the sources list, as docs/brief-schema.md documents them.</summary>
public static class BriefJson
{
    /// <summary>Writes the brief's fields into the story object being written.</summary>
    public static void WriteFields(Utf8JsonWriter writer, StoryBrief brief)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(brief);
        writer.WriteStartArray("summary");
        foreach (var sentence in brief.Summary)
        {
            writer.WriteStartObject();
            writer.WriteString("text", sentence.Text);
            writer.WriteString("article", sentence.Article);
            writer.WriteStrings("articles", sentence.Articles);
            WriteNumbers(writer, "cites", sentence.Articles.Select(brief.NumberOf));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("facts");
        foreach (var slot in brief.Facts.Facts)
        {
            WriteFact(writer, brief, slot);
        }

        if (brief.Facts.EventDate is { } date)
        {
            WriteFact(writer, brief, date);
        }

        if (brief.Facts.EventPlace is { } place)
        {
            WriteFact(writer, brief, place);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("contradictions");
        foreach (var contradiction in brief.Contradictions)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", Name(contradiction.Kind));
            writer.WriteString("subject", contradiction.Subject);
            writer.WriteString("text", contradiction.Text);
            writer.WriteStrings("articles", contradiction.Articles);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("timeline");
        foreach (var entry in brief.Timeline)
        {
            writer.WriteStartObject();
            writer.WriteString("date", Day(entry.Date));
            writer.WriteString("text", entry.Text);
            writer.WriteString("article", entry.Article);
            writer.WriteStrings("articles", entry.Articles);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("quotes");
        foreach (var quote in brief.Facts.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteString("text", quote.Text);
            writer.WriteNullable("speaker", quote.Speaker);
            writer.WriteString("status", Name(quote.Status));
            writer.WriteStrings("speakers", quote.Speakers);
            writer.WriteNumber("sources", quote.Sources);
            writer.WriteStartArray("reports");
            foreach (var report in quote.Reports)
            {
                writer.WriteStartObject();
                writer.WriteString("article", report.Claim.Evidence.Article);
                writer.WriteString("text", report.Claim.Text);
                writer.WriteNullable("speaker", report.Claim.Speaker);
                WriteEvidence(writer, report.Claim.Evidence);
                writer.WriteNullable("duplicateOf", report.DuplicateOf);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("assertions");
        foreach (var assertion in brief.Facts.Assertions)
        {
            writer.WriteStartObject();
            writer.WriteString("subject", assertion.Subject);
            writer.WriteString("act", assertion.Act);
            writer.WriteString("object", assertion.Object);
            writer.WriteString("status", Name(assertion.Status));
            writer.WriteNumber("sources", assertion.Sources);
            WriteAssertionReports(writer, "reports", assertion.Reports);
            WriteAssertionReports(writer, "contradicting", assertion.Contradicting);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteAssertionReports(Utf8JsonWriter writer, string name, IEnumerable<AssertionClaim> reports)
    {
        writer.WriteStartArray(name);
        foreach (var report in reports)
        {
            writer.WriteStartObject();
            writer.WriteString("article", report.Evidence.Article);
            writer.WriteString("act", report.Act);
            writer.WriteString("object", report.Object);
            WriteEvidence(writer, report.Evidence);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes the top-level <c>sources</c> array: one scorecard per article, story by story.</summary>
    public static void WriteSources(Utf8JsonWriter writer, IEnumerable<StoryBrief> briefs, IReadOnlyDictionary<string, Article> articles)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(briefs);
        ArgumentNullException.ThrowIfNull(articles);
        writer.WriteStartArray("sources");
        foreach (var brief in briefs)
        {
            foreach (var card in brief.Facts.Scorecards)
            {
                var article = articles[card.Article];
                writer.WriteStartObject();
                writer.WriteString("article", card.Article);
                writer.WriteString("story", brief.Story.Id);
                writer.WriteNumber("number", brief.NumberOf(card.Article));
                writer.WriteNullable("title", article.Title);
                writer.WriteNullable("publisher", article.Publisher);
                writer.WriteNullable("published", article.Published?.ToString());
                writer.WriteNumber("claims", card.Claims);
                writer.WriteNumber("corroborated", card.Corroborated);
                writer.WriteNumber("corroboratedShare", Math.Round(card.CorroboratedShare, 3));
                writer.WriteNumber("disputed", card.Disputed);
                writer.WriteNumber("outliers", card.Outliers);
                writer.WriteNumber("stale", card.Stale);
                writer.WriteNumber("misdated", card.Misdated);
                writer.WriteNumber("namedSources", card.NamedSources);
                writer.WriteNumber("quotes", card.Quotes);
                writer.WriteNumber("figures", card.Figures);
                writer.WriteNumber("words", card.Words);
                writer.WriteNumber("specificity", Math.Round(card.Specificity, 2));
                writer.WriteNumber("boilerplateShare", Math.Round(card.BoilerplateShare, 3));
                writer.WriteStrings("machineDisclosures", card.MachineDisclosures);
                writer.WriteNullable("duplicateOf", card.DuplicateOf);
                writer.WriteEndObject();
            }
        }

        writer.WriteEndArray();
    }

    private static void WriteFact(Utf8JsonWriter writer, StoryBrief brief, FactSlot slot)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("slot");
        writer.WriteString("kind", "count");
        writer.WriteString("event", slot.Event);
        writer.WriteString("counted", slot.Group);
        writer.WriteString("label", Wording.Slot(slot));
        writer.WriteEndObject();
        writer.WriteString("status", Name(slot.Status));
        writer.WriteNumber("sources", slot.Sources);
        writer.WriteStartObject("consensus");
        if (slot.Consensus is { } consensus)
        {
            writer.WriteNumber("value", consensus.Value);
            writer.WriteNullable("low", consensus.Low);
            writer.WriteNullable("high", consensus.High);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("reports");
        foreach (var report in slot.Reports)
        {
            var claim = report.Claim;
            writer.WriteStartObject();
            writer.WriteString("article", claim.Evidence.Article);
            writer.WriteNumber("number", brief.NumberOf(claim.Evidence.Article));
            writer.WriteNullable("value", claim.Value);
            writer.WriteNullable("low", claim.Low);
            writer.WriteNullable("high", claim.High);
            writer.WriteNullable("hedge", claim.Hedge == Hedge.None ? null : JsonNamingPolicy.KebabCaseLower.ConvertName(claim.Hedge.ToString()));
            writer.WriteString("text", claim.Text);
            WriteEvidence(writer, claim.Evidence);
            writer.WriteNullable("attribution", claim.Attribution);
            writer.WriteNullable("asOf", claim.AsOf);
            WriteFlags(writer, report.Flags);
            writer.WriteNullable("reason", report.Reason);
            writer.WriteNullable("duplicateOf", report.DuplicateOf);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter writer, StoryBrief brief, DateSlot slot) =>
        WriteOccurrence(
            writer,
            brief,
            "date",
            "the day of the event",
            slot.Status,
            slot.Sources,
            slot.Consensus is { } day ? Day(day) : null,
            bounded: true,
            slot.Reports.Select(r => (r.Claim.Evidence, r.Claim.Text, Day(r.Claim.Date), r.Flags, r.Reason, r.DuplicateOf)));

    private static void WriteFact(Utf8JsonWriter writer, StoryBrief brief, PlaceSlot slot) =>
        WriteOccurrence(
            writer,
            brief,
            "place",
            "the place of the event",
            slot.Status,
            slot.Sources,
            slot.Consensus,
            bounded: false,
            slot.Reports.Select(r => (r.Claim.Evidence, r.Claim.Text, r.Claim.Place, r.Flags, (string?)null, r.DuplicateOf)));

    /// <summary>
    /// A fact about when or where the event happened, in the shape of a figure's fact: each report is one value as
    /// written; a day is its own low and high (<paramref name="bounded"/>), a place has none.
    /// </summary>
    private static void WriteOccurrence(
        Utf8JsonWriter writer,
        StoryBrief brief,
        string kind,
        string label,
        FactStatus status,
        int sources,
        string? consensus,
        bool bounded,
        IEnumerable<(Evidence Evidence, string Text, string Value, ImmutableArray<ReportFlag> Flags, string? Reason, string? DuplicateOf)> reports)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("slot");
        writer.WriteString("kind", kind);
        writer.WriteString("event", "occurred");
        writer.WriteNull("counted");
        writer.WriteString("label", label);
        writer.WriteEndObject();
        writer.WriteString("status", Name(status));
        writer.WriteNumber("sources", sources);
        writer.WriteStartObject("consensus");
        if (consensus is not null)
        {
            WriteValue(writer, consensus, bounded);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("reports");
        foreach (var report in reports)
        {
            writer.WriteStartObject();
            writer.WriteString("article", report.Evidence.Article);
            writer.WriteNumber("number", brief.NumberOf(report.Evidence.Article));
            WriteValue(writer, report.Value, bounded);
            writer.WriteNull("hedge");
            writer.WriteString("text", report.Text);
            WriteEvidence(writer, report.Evidence);
            writer.WriteNull("attribution");
            writer.WriteNull("asOf");
            WriteFlags(writer, report.Flags);
            writer.WriteNullable("reason", report.Reason);
            writer.WriteNullable("duplicateOf", report.DuplicateOf);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, string value, bool bounded)
    {
        writer.WriteString("value", value);
        writer.WriteNullable("low", bounded ? value : null);
        writer.WriteNullable("high", bounded ? value : null);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteEvidence(Utf8JsonWriter writer, Evidence evidence)
    {
        writer.WriteString("sentence", evidence.SentenceText);
        writer.WriteNumber("sentenceIndex", evidence.Sentence);
        writer.WriteSpan(evidence.Span.Start, evidence.Span.End);
    }

    private static void WriteFlags(Utf8JsonWriter writer, IEnumerable<ReportFlag> flags) =>
        writer.WriteStrings("flags", flags.Select(f => Name(f)));

    private static void WriteNumbers(Utf8JsonWriter writer, string name, IEnumerable<int> numbers)
    {
        writer.WriteStartArray(name);
        foreach (var number in numbers)
        {
            writer.WriteNumberValue(number);
        }

        writer.WriteEndArray();
    }

    /// <summary>An enum value as the JSON names it: kebab case (<c>single-source</c>).</summary>
    public static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
