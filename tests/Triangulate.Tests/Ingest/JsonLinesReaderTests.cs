using System.IO.Compression;
using System.Text;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

public class JsonLinesReaderTests
{
    private static List<IngestItem> Read(string path) => [.. new InputReader(TimeProvider.System).Read([path])];

    [Fact]
    public void Reads_one_document_per_line_with_its_fields()
    {
        using var dir = new TempDir();
        var path = dir.Write("corpus.jsonl", """
            {"id": "a1", "url": "https://example.org/a", "title": "Flood", "published": "2024-03-02", "publisher": "Gazette", "text": "Water rose."}
            {"id": 7, "html": "<p>Fire.</p>"}
            """);
        var items = Read(path);
        items.Count.ShouldBe(2);
        var first = items[0].Document!;
        first.Id.ShouldBe("a1");
        first.Source.ShouldBe(path + ":1");
        first.MediaType.ShouldBe(MediaType.PlainText);
        first.Hints.Title.ShouldBe("Flood");
        first.Hints.Url.ShouldBe("https://example.org/a");
        first.Hints.Published.ShouldBe("2024-03-02");
        first.Hints.Publisher.ShouldBe("Gazette");
        var second = items[1].Document!;
        second.Id.ShouldBe("7");
        second.MediaType.ShouldBe(MediaType.Html);
        second.Source.ShouldBe(path + ":2");
    }

    [Fact]
    public void Reports_a_line_that_is_not_json_and_keeps_the_rest()
    {
        using var dir = new TempDir();
        var path = dir.Write("corpus.jsonl", "{\"text\": \"One.\"}\nnot json at all\n\n{\"text\": \"Three.\"}\n");
        var items = Read(path);
        items.Count.ShouldBe(3);
        items[1].Skipped!.Source.ShouldBe(path + ":2");
        items[1].Skipped!.Reason.ShouldStartWith("not valid JSON");
        items[2].Document!.Source.ShouldBe(path + ":4");
    }

    [Theory]
    [InlineData("[1, 2]", "not an object")]
    [InlineData("{\"title\": \"No body\"}", "no \"text\" or \"html\" field")]
    [InlineData("{\"text\": \"   \"}", "no \"text\" or \"html\" field")]
    public void Reports_records_without_an_article(string line, string reason)
    {
        using var dir = new TempDir();
        Read(dir.Write("c.jsonl", line + "\n")).ShouldHaveSingleItem().Skipped!.Reason.ShouldContain(reason);
    }

    [Fact]
    public void Accepts_nesting_at_the_depth_limit_and_rejects_deeper()
    {
        using var dir = new TempDir();
        static string Nested(int depth) =>
            "{\"text\": \"ok\", \"x\": " + new string('[', depth - 1) + new string(']', depth - 1) + "}";
        Read(dir.Write("ok.jsonl", Nested(Limits.MaxJsonDepth))).ShouldHaveSingleItem().Document.ShouldNotBeNull();
        Read(dir.Write("deep.jsonl", Nested(Limits.MaxJsonDepth + 1))).ShouldHaveSingleItem().Skipped.ShouldNotBeNull();
    }

    [Fact]
    public void Recognises_json_lines_by_content_without_the_extension()
    {
        using var dir = new TempDir();
        var items = Read(dir.Write("export.txt", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n"));
        items.Count.ShouldBe(2);
        items.ShouldAllBe(i => i.Document != null);
    }

    [Fact]
    public void Streams_gzip_compressed_json_lines()
    {
        using var dir = new TempDir();
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n"));
        }

        Read(dir.Write("c.jsonl.gz", output.ToArray())).Count.ShouldBe(2);
    }

    [Fact]
    public void Maps_common_corpus_field_names()
    {
        using var dir = new TempDir();
        var path = dir.Write("c.jsonl", "{\"id\": \"x\", \"uri\": \"http://e.org/1\", \"dct\": \"2014-01-28\", \"content\": \"Body.\"}\n");
        var document = Read(path).ShouldHaveSingleItem().Document!;
        document.Hints.Url.ShouldBe("http://e.org/1");
        document.Hints.Published.ShouldBe("2014-01-28");
        Encoding.UTF8.GetString(document.Bytes.Span).ShouldBe("Body.");
    }

    [Fact]
    public void Skips_an_over_long_line_without_holding_it_and_reads_the_next()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "big.jsonl");
        using (var file = File.Create(path))
        {
            var chunk = Enumerable.Repeat((byte)'a', 1024 * 1024).ToArray();
            file.Write("{\"text\": \""u8);
            for (var written = 0; written <= Limits.MaxJsonLineBytes; written += chunk.Length)
            {
                file.Write(chunk);
            }

            file.Write("\"}\n{\"text\": \"next\"}\n"u8);
        }

        var items = Read(path);
        items.Count.ShouldBe(2);
        items[0].Skipped!.Reason.ShouldContain("line over");
        items[1].Document!.Source.ShouldBe(path + ":2");
    }

    [Fact]
    public void Rejects_a_record_whose_article_is_over_the_size_limit()
    {
        using var dir = new TempDir();
        var path = dir.Write("c.jsonl", "{\"text\": \"" + new string('a', Limits.MaxArticleBytes + 1) + "\"}\n{\"text\": \"ok\"}\n");
        var items = Read(path);
        items[0].Skipped!.Reason.ShouldContain("16 MB limit");
        items[1].Document.ShouldNotBeNull();
    }
}
