using System.Text.Json;
using Triangulate.Cli;
using Triangulate.Pipeline;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Cli;

public class CommandsTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var commands = new Commands(new CliConsole(output, error, interactive: false), () => TriangulateEngine.Create(parallelism: 2));
        var exit = commands.Run(args, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Extract_prints_one_json_object_per_article_in_jsonl()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "The river crested at noon.\n\nResidents moved to higher ground.");
        dir.Write("b.html", "<html><head><title>Fire</title></head><body><article><p>A warehouse burned for six hours before crews contained it.</p></article></body></html>");
        var (exit, output, error) = Run("extract", dir.Path, "--format", "jsonl");
        exit.ShouldBe(ExitCodes.Success, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            foreach (var field in new[] { "id", "source", "title", "published", "publisher", "byline", "dateline", "body", "paragraphs", "removed", "warnings" })
            {
                root.TryGetProperty(field, out _).ShouldBeTrue(field);
            }
        }

        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("body").GetString().ShouldBe("The river crested at noon.\n\nResidents moved to higher ground.");
        var paragraph = first.RootElement.GetProperty("paragraphs")[1];
        paragraph.GetProperty("start").GetInt32().ShouldBe(28);
        paragraph.GetProperty("text").GetString().ShouldBe("Residents moved to higher ground.");
    }

    [Fact]
    public void Keeps_the_id_a_record_gives_and_hashes_one_otherwise()
    {
        using var dir = new TempDir();
        var path = dir.Write("c.jsonl", "{\"id\": \"given-1\", \"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        var (_, output, _) = Run("extract", path, "--format", "jsonl");
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();
        ids[0].ShouldBe("given-1");
        ids[1].ShouldNotBeNullOrEmpty();
        ids[1]!.Length.ShouldBe(16);
        var again = Run("extract", path, "--format", "jsonl").Out;
        again.ShouldBe(output);
    }

    [Fact]
    public void Analyze_json_lists_articles_and_skipped_and_exits_1_when_something_was_skipped()
    {
        using var dir = new TempDir();
        dir.Write("good.txt", "A storm closed the port.");
        dir.Write("empty.txt", "");
        var (exit, output, error) = Run("analyze", dir.Path, "--format", "json");
        exit.ShouldBe(ExitCodes.SomeSkipped);
        error.ShouldContain("empty.txt: empty file");
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        using var json = JsonDocument.Parse(output);
        json.RootElement.GetProperty("articles").GetArrayLength().ShouldBe(1);
        var skipped = json.RootElement.GetProperty("skipped");
        skipped.GetArrayLength().ShouldBe(1);
        skipped[0].GetProperty("reason").GetString().ShouldBe("empty file");
    }

    [Fact]
    public void Usage_errors_exit_2_with_a_message_on_stderr()
    {
        var (exit, output, error) = Run("analyze", "x", "--format", "xml");
        exit.ShouldBe(ExitCodes.UsageError);
        output.ShouldBeEmpty();
        error.ShouldContain("xml");
    }

    [Fact]
    public void A_command_without_paths_is_a_usage_error() => Run("extract").Exit.ShouldBe(ExitCodes.UsageError);

    [Fact]
    public void Text_view_shows_article_text_literally_even_when_it_looks_like_markup()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "Officials said [red]nothing[/] and [bold]more[/].");
        var (exit, output, _) = Run("extract", dir.Path);
        exit.ShouldBe(ExitCodes.Success);
        output.ShouldContain("[red]nothing[/]");
    }

    [Fact]
    public void Text_view_of_analyze_is_plain_when_piped()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "A storm closed the port.");
        var (_, output, _) = Run("analyze", dir.Path);
        output.ShouldContain("1 article(s) in 1 story(ies); 0 input(s) skipped");
        output.ShouldNotContain("\u001b[");
    }

    [Theory]
    [InlineData("markdown", "# Triangulate brief")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Analyze_writes_the_brief_as_markdown_or_html(string format, string opening)
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "At least 12 people were killed on Tuesday when a storm hit the port of Brenn, officials said.");
        var (code, output, _) = Run("analyze", dir.Path, "--format", format);
        code.ShouldBe(ExitCodes.Success);
        output.ShouldStartWith(opening);
        output.ShouldContain("people killed");
    }

    [Fact]
    public void Analyze_renames_a_repeated_record_id_and_warns()
    {
        using var dir = new TempDir();
        var path = dir.Write("c.jsonl", "{\"id\": \"x\", \"text\": \"One story.\"}\n{\"id\": \"x\", \"text\": \"Another story.\"}\n");
        var (_, output, _) = Run("analyze", path, "--format", "json");
        var articles = JsonDocument.Parse(output).RootElement.GetProperty("articles");
        articles[0].GetProperty("id").GetString().ShouldBe("x");
        articles[1].GetProperty("id").GetString().ShouldBe("x~2");
        articles[1].GetProperty("warnings")[0].GetString()!.ShouldContain("renamed");
    }

    [Fact]
    public void Annotate_prints_entities_figures_quotes_and_attributions_per_article()
    {
        using var dir = new TempDir();
        dir.Write("a.txt", "More than 200 people were evacuated from Millbrook on Tuesday, according to the Harbour Authority. “We moved everyone before dark,” said Mayor Ana Ortiz.");
        var (exit, output, error) = Run("annotate", dir.Path, "--format", "jsonl");
        exit.ShouldBe(ExitCodes.Success, error);
        using var json = JsonDocument.Parse(output.Trim());
        var root = json.RootElement;
        var body = root.GetProperty("body").GetString()!;
        root.GetProperty("sentences").GetArrayLength().ShouldBe(2);
        var quantity = root.GetProperty("quantities").EnumerateArray().ShouldHaveSingleItem();
        quantity.GetProperty("text").GetString().ShouldBe("More than 200 people");
        quantity.GetProperty("hedge").GetString().ShouldBe("more-than");
        quantity.GetProperty("event").GetString().ShouldBe("evacuated");
        var quote = root.GetProperty("quotes").EnumerateArray().ShouldHaveSingleItem();
        quote.GetProperty("speaker").GetString()!.ShouldContain("Ortiz");
        root.GetProperty("attributions").EnumerateArray().ShouldContain(a => a.GetProperty("source").GetString()!.Contains("Harbour Authority"));
        foreach (var entity in root.GetProperty("entities").EnumerateArray())
        {
            var start = entity.GetProperty("start").GetInt32();
            var end = entity.GetProperty("end").GetInt32();
            body[start..end].ShouldBe(entity.GetProperty("text").GetString());
        }
    }
}
