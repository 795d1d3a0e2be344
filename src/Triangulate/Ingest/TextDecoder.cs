using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Ingest;

/// <summary>
/// Decodes article bytes without mojibake: a byte order mark wins, then valid UTF-8, then the charset the
/// document or its transport declares, then windows-1252 (the web's fallback for legacy single-byte pages).
/// </summary>
public static partial class TextDecoder
{
    /// <summary>Share of invalid sequences below which undeclared, mostly-UTF-8 text is decoded as UTF-8 with replacements.</summary>
    internal const double MaxInvalidUtf8Share = 0.01;

    /// <summary>How far into an HTML document a meta charset is looked for.</summary>
    internal const int CharsetSniffBytes = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47];

    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Elf => [0x7F, 0x45, 0x4C, 0x46];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf32LeBom => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="declaredCharset"/> comes from outside the content.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        if (TryDecodeWithBom(bytes, out var withBom))
        {
            return withBom;
        }

        if (LooksLikeUtf16(bytes, out var utf16))
        {
            return new DecodedText(utf16.GetString(bytes), utf16.WebName, null);
        }

        var declared = ResolveCharset(declaredCharset) ?? ResolveCharset(SniffMetaCharset(bytes));
        var (valid, invalidCount, multiByteCount) = ScanUtf8(bytes);
        if (valid)
        {
            // Valid UTF-8 with non-ASCII content is overwhelmingly UTF-8 whatever the page declares.
            var overruled = declared is not null && declared.CodePage != Encoding.UTF8.CodePage && multiByteCount > 0;
            return new DecodedText(
                StrictUtf8.GetString(bytes),
                "utf-8",
                overruled ? $"declared charset {declared!.WebName} overruled: content is valid UTF-8" : null);
        }

        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return new DecodedText(declared.GetString(bytes), declared.WebName, null);
        }

        var share = bytes.Length == 0 ? 0 : (double)invalidCount / bytes.Length;
        if (multiByteCount > invalidCount && share <= MaxInvalidUtf8Share)
        {
            return new DecodedText(
                Encoding.UTF8.GetString(bytes),
                "utf-8",
                $"{invalidCount} invalid UTF-8 sequence(s) replaced with U+FFFD");
        }

        var fallback = Encoding.GetEncoding(1252);
        return new DecodedText(fallback.GetString(bytes), fallback.WebName, null);
    }

    /// <summary>True when the bytes are not text: NUL bytes outside UTF-16, or a known binary signature.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8) || bytes.StartsWith(Png) || bytes.StartsWith(Zip)
            || bytes.StartsWith(Jpeg) || bytes.StartsWith("GIF8"u8) || bytes.StartsWith(Elf))
        {
            return true;
        }

        if (HasBom(bytes) || LooksLikeUtf16(bytes, out _))
        {
            return false;
        }

        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var control = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C and not 0x1B)
            {
                control++;
            }
        }

        return sample.Length > 0 && control > sample.Length / 20;
    }

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Utf8Bom) || bytes.StartsWith(Utf16LeBom) || bytes.StartsWith(Utf16BeBom);

    private static bool TryDecodeWithBom(ReadOnlySpan<byte> bytes, out DecodedText decoded)
    {
        decoded = default;
        Encoding? encoding = null;
        var skip = 0;
        if (bytes.StartsWith(Utf8Bom))
        {
            encoding = Encoding.UTF8;
            skip = 3;
        }
        else if (bytes.StartsWith(Utf32LeBom))
        {
            encoding = Encoding.UTF32;
            skip = 4;
        }
        else if (bytes.StartsWith(Utf16LeBom))
        {
            encoding = Encoding.Unicode;
            skip = 2;
        }
        else if (bytes.StartsWith(Utf16BeBom))
        {
            encoding = Encoding.BigEndianUnicode;
            skip = 2;
        }

        if (encoding is null)
        {
            return false;
        }

        decoded = new DecodedText(encoding.GetString(bytes[skip..]), encoding.WebName, null);
        return true;
    }

    /// <summary>UTF-16 without a BOM: in ASCII-heavy text every other byte is zero.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out Encoding encoding)
    {
        encoding = Encoding.Unicode;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenZeros++;
            }

            if (sample[i + 1] == 0)
            {
                oddZeros++;
            }
        }

        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05)
        {
            encoding = Encoding.Unicode;
            return true;
        }

        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05)
        {
            encoding = Encoding.BigEndianUnicode;
            return true;
        }

        return false;
    }

    private static (bool Valid, int Invalid, int MultiByte) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0, multiByte = 0;
        var rest = bytes;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out var rune, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
            }
            else if (rune.Value >= 0x80)
            {
                multiByte++;
            }

            rest = rest[Math.Max(consumed, 1)..];
        }

        return (invalid == 0, invalid, multiByte);
    }

    private static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, CharsetSniffBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    /// <summary>Maps a declared charset name to an encoding, following the web's aliases (latin1 means windows-1252).</summary>
    internal static Encoding? ResolveCharset(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var normalized = name.Trim().Trim('"', '\'').ToUpperInvariant();
        if (normalized is "ISO-8859-1" or "LATIN1" or "ISO8859-1" or "US-ASCII" or "ASCII" or "CP1252")
        {
            return Encoding.GetEncoding(1252);
        }

        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-:.]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
