using System.Text;
using Triangulate.Ingest;

namespace Triangulate.Tests.Ingest;

public class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Sample = "Café owners said “more than 200” people fled — naïve résumé.";

    [Fact]
    public void Decodes_utf8_without_bom()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));
        decoded.Text.ShouldBe(Sample);
        decoded.EncodingName.ShouldBe("utf-8");
        decoded.Warning.ShouldBeNull();
    }

    [Fact]
    public void Decodes_utf8_with_bom_and_drops_the_bom()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();
        TextDecoder.Decode(bytes).Text.ShouldBe(Sample);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void Decodes_utf16_with_bom(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();
        TextDecoder.Decode(bytes).Text.ShouldBe(Sample);
    }

    [Fact]
    public void Decodes_utf16_little_endian_without_bom()
    {
        TextDecoder.Decode(Encoding.Unicode.GetBytes("Plain ASCII-heavy text about a meeting.")).Text
            .ShouldBe("Plain ASCII-heavy text about a meeting.");
    }

    [Fact]
    public void Decodes_undeclared_legacy_bytes_as_windows_1252()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve");
        var decoded = TextDecoder.Decode(bytes);
        decoded.Text.ShouldBe("Caf\u00e9 \u201cquoted\u201d \u2014 na\u00efve");
        decoded.EncodingName.ShouldBe("windows-1252");
    }

    [Fact]
    public void Honours_a_meta_charset_for_legacy_html()
    {
        var html = "<html><head><meta charset=\"iso-8859-15\"></head><body><p>Prix: 5 \u20ac</p></body></html>";
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes(html);
        TextDecoder.Decode(bytes).Text.ShouldContain("5 \u20ac");
    }

    [Fact]
    public void Prefers_valid_utf8_over_a_wrong_latin1_declaration()
    {
        var html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>" + Sample + "</p>";
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(html));
        decoded.Text.ShouldContain(Sample);
        decoded.Warning.ShouldNotBeNull();
    }

    [Fact]
    public void Replaces_a_few_invalid_bytes_in_mostly_utf8_text_and_warns()
    {
        var good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Sample + " ", 20)));
        var bytes = good.Concat(new byte[] { 0xC3 }).Concat(Encoding.UTF8.GetBytes(" end")).ToArray();
        var decoded = TextDecoder.Decode(bytes);
        decoded.EncodingName.ShouldBe("utf-8");
        decoded.Text.ShouldContain("\uFFFD");
        decoded.Text.ShouldContain("naïve résumé");
        decoded.Warning!.ShouldContain("invalid UTF-8");
    }

    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4A, 0x4B, 0x4C })]
    public void Recognises_binary_content(byte[] bytes) => TextDecoder.LooksBinary(bytes).ShouldBeTrue();

    [Fact]
    public void Does_not_take_utf16_text_for_binary() =>
        TextDecoder.LooksBinary(Encoding.Unicode.GetBytes("Hello, this is text.")).ShouldBeFalse();
}
