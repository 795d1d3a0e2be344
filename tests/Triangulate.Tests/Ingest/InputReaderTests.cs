using System.IO.Compression;
using System.Text;
using Triangulate.Ingest;
using Triangulate.Tests.Support;

namespace Triangulate.Tests.Ingest;

public class InputReaderTests
{
    private static readonly InputReader Reader = new(TimeProvider.System);

    private static List<IngestItem> Read(params string[] paths) => [.. Reader.Read(paths)];

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    [Fact]
    public void Reports_a_missing_path_and_goes_on()
    {
        using var dir = new TempDir();
        var good = dir.Write("a.txt", "A river rose overnight.");
        var items = Read(Path.Combine(dir.Path, "nope.txt"), good);
        items.Count.ShouldBe(2);
        items[0].Skipped!.Reason.ShouldBe("no such file or folder");
        items[1].Document!.Source.ShouldBe(good);
    }

    [Fact]
    public void Skips_an_empty_file_and_reports_it()
    {
        using var dir = new TempDir();
        var items = Read(dir.Write("empty.txt", ""));
        items.ShouldHaveSingleItem().Skipped!.Reason.ShouldBe("empty file");
    }

    [Fact]
    public void Skips_a_whitespace_only_file_and_reports_it()
    {
        using var dir = new TempDir();
        Read(dir.Write("blank.txt", " \n\t\n")).ShouldHaveSingleItem().Skipped!.Reason.ShouldContain("white space");
    }

    [Fact]
    public void Skips_binary_file_and_reports_it()
    {
        using var dir = new TempDir();
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        Read(dir.Write("photo.txt", bytes)).ShouldHaveSingleItem().Skipped!.Reason.ShouldContain("binary");
    }

    [Fact]
    public void Walks_a_folder_recursively_in_name_order_and_ignores_hidden_files()
    {
        using var dir = new TempDir();
        dir.Write("b/two.txt", "Second.");
        dir.Write("a.txt", "First.");
        dir.Write(".hidden/x.txt", "Hidden.");
        dir.Write(".DS_Store", "junk");
        var items = Read(dir.Path);
        items.Select(i => Path.GetRelativePath(dir.Path, i.Document!.Source)).ShouldBe(["a.txt", Path.Combine("b", "two.txt")]);
    }

    [Fact]
    public void Reports_a_folder_with_no_files()
    {
        using var dir = new TempDir();
        Read(dir.Path).ShouldHaveSingleItem().Skipped!.Reason.ShouldBe("folder holds no files");
    }

    [Theory]
    [InlineData("page.html", "<p>Hello</p>", MediaType.Html)]
    [InlineData("page.txt", "<!DOCTYPE html><html><body><p>Hello</p></body></html>", MediaType.Html)]
    [InlineData("noext", "<html><head><title>x</title></head></html>", MediaType.Html)]
    [InlineData("notes.md", "# Heading\n\nSome text with a <b>tag</b>.", MediaType.PlainText)]
    [InlineData("story.txt", "Plain text about 3 < 4.", MediaType.PlainText)]
    public void Detects_the_format_by_content_as_well_as_name(string name, string content, MediaType expected)
    {
        using var dir = new TempDir();
        Read(dir.Write(name, content)).ShouldHaveSingleItem().Document!.MediaType.ShouldBe(expected);
    }

    [Fact]
    public void Inflates_gzip_html()
    {
        using var dir = new TempDir();
        var path = dir.Write("page.html.gz", Gzip(Encoding.UTF8.GetBytes("<html><body><p>Compressed.</p></body></html>")));
        var document = Read(path).ShouldHaveSingleItem().Document!;
        document.MediaType.ShouldBe(MediaType.Html);
        Encoding.UTF8.GetString(document.Bytes.Span).ShouldContain("Compressed.");
    }

    [Fact]
    public void Reports_truncated_gzip()
    {
        using var dir = new TempDir();
        var text = string.Concat(Enumerable.Range(0, 2000).Select(i => $"<p>Paragraph {i} of a long page.</p>"));
        var gz = Gzip(Encoding.UTF8.GetBytes(text));
        var path = dir.Write("page.html.gz", gz[..(gz.Length / 2)]);
        Read(path).ShouldHaveSingleItem().Skipped!.Reason.ShouldContain("gzip");
    }

    [Fact]
    public void Accepts_an_article_exactly_at_the_size_limit()
    {
        using var dir = new TempDir();
        var path = dir.Write("big.txt", Enumerable.Repeat((byte)'a', Limits.MaxArticleBytes).ToArray());
        Read(path).ShouldHaveSingleItem().Document!.Bytes.Length.ShouldBe(Limits.MaxArticleBytes);
    }

    [Fact]
    public void Rejects_an_article_one_byte_over_the_size_limit()
    {
        using var dir = new TempDir();
        var path = dir.Write("big.txt", Enumerable.Repeat((byte)'a', Limits.MaxArticleBytes + 1).ToArray());
        Read(path).ShouldHaveSingleItem().Skipped!.Reason.ShouldContain("16 MB limit");
    }

    [Fact]
    public void Rejects_a_gzip_bomb_past_the_size_limit_after_decompression()
    {
        using var dir = new TempDir();
        var path = dir.Write("bomb.html.gz", Gzip(new byte[Limits.MaxArticleBytes + 1]));
        Read(path).ShouldHaveSingleItem().Skipped!.Reason.ShouldContain("after decompression");
    }

    [Fact]
    public void Reads_standard_input_for_a_dash()
    {
        var reader = new InputReader(TimeProvider.System, () => new MemoryStream(Encoding.UTF8.GetBytes("From stdin.")));
        var document = reader.Read(["-"]).ShouldHaveSingleItem().Document!;
        document.Source.ShouldBe("-");
        document.MediaType.ShouldBe(MediaType.PlainText);
    }

    [Fact]
    public void Stamps_documents_with_the_injected_time()
    {
        using var dir = new TempDir();
        var now = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var reader = new InputReader(new FixedTime(now));
        reader.Read([dir.Write("a.txt", "Text.")]).ShouldHaveSingleItem().Document!.FetchedAt.ShouldBe(now);
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
