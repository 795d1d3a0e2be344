using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Triangulate.Ingest;

/// <summary>
/// Streams a JSON Lines corpus one record at a time, so a file of any size is read in bounded memory.
/// Each line is one article: <c>{"id"?, "url"?, "title"?, "published"?, "publisher"?, "text"? | "html"?}</c>.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = Limits.MaxJsonDepth };

    // Common aliases in public corpora, so their files need no conversion.
    private static readonly string[] TextFields = ["text", "content", "body", "articleBody"];
    private static readonly string[] UrlFields = ["url", "uri", "link"];
    private static readonly string[] PublishedFields = ["published", "date", "dct", "datePublished"];
    private static readonly string[] PublisherFields = ["publisher", "site_name", "siteName"];

    public static IEnumerable<IngestItem> Read(Stream stream, string path, TimeProvider time)
    {
        var lineNumber = 0;
        var buffer = new LineBuffer(stream, Limits.MaxJsonLineBytes);
        while (true)
        {
            ReadOnlyMemory<byte> line;
            bool tooLong;
            string? failure = null;
            try
            {
                if (!buffer.TryReadLine(out line, out tooLong))
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                (line, tooLong, failure) = (default, false, ex.Message.TrimEnd('.'));
            }

            if (failure is not null)
            {
                yield return IngestItem.Skip($"{path}:{(lineNumber + 1).ToString(CultureInfo.InvariantCulture)}", $"cannot be read past this line ({failure})");
                yield break;
            }

            lineNumber++;
            var source = $"{path}:{lineNumber.ToString(CultureInfo.InvariantCulture)}";
            if (tooLong)
            {
                yield return IngestItem.Skip(source, $"line over the {Limits.MaxJsonLineBytes / (1024 * 1024)} MB limit");
                continue;
            }

            if (IsBlank(line.Span))
            {
                continue;
            }

            yield return ParseRecord(line, source, time);
        }
    }

    private static IngestItem ParseRecord(ReadOnlyMemory<byte> line, string source, TimeProvider time)
    {
        try
        {
            using var document = JsonDocument.Parse(line, Options);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return IngestItem.Skip(source, $"record is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            }

            var html = GetString(root, ["html"]);
            var text = GetString(root, TextFields);
            if (string.IsNullOrWhiteSpace(html) && string.IsNullOrWhiteSpace(text))
            {
                return IngestItem.Skip(source, "record has no \"text\" or \"html\" field");
            }

            var isHtml = !string.IsNullOrWhiteSpace(html);
            var content = Encoding.UTF8.GetBytes(isHtml ? html! : text!);
            if (content.Length > Limits.MaxArticleBytes)
            {
                return IngestItem.Skip(source, $"article over the {Limits.MaxArticleBytes / (1024 * 1024)} MB limit");
            }

            var hints = new DocumentHints
            {
                Url = GetString(root, UrlFields),
                Title = GetString(root, ["title", "headline"]),
                Published = GetString(root, PublishedFields),
                Publisher = GetString(root, PublisherFields),
            };
            var id = GetString(root, ["id"]);
            return IngestItem.Of(new RawDocument(
                source,
                string.IsNullOrWhiteSpace(id) ? null : id,
                isHtml ? MediaType.Html : MediaType.PlainText,
                content,
                time.GetUtcNow(),
                hints));
        }
        catch (JsonException ex)
        {
            return IngestItem.Skip(source, $"not valid JSON ({FirstSentence(ex.Message)})");
        }
    }

    private static string? GetString(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value))
            {
                continue;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    return value.GetString();
                case JsonValueKind.Number:
                    return value.GetRawText();
                case JsonValueKind.Object when value.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String:
                    return named.GetString();
            }
        }

        return null;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }

    /// <summary>Splits a stream into lines without ever holding more than one line (up to a limit) in memory.</summary>
    private sealed class LineBuffer(Stream stream, int maxLine)
    {
        private readonly byte[] _chunk = new byte[64 * 1024];
        private readonly MemoryStream _line = new();
        private int _start;
        private int _end;
        private bool _eof;

        public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
        {
            _line.SetLength(0);
            tooLong = false;
            var sawAny = false;
            while (true)
            {
                if (_start == _end)
                {
                    if (_eof)
                    {
                        line = _line.ToArray();
                        return sawAny;
                    }

                    _end = stream.Read(_chunk, 0, _chunk.Length);
                    _start = 0;
                    if (_end == 0)
                    {
                        _eof = true;
                        continue;
                    }
                }

                sawAny = true;
                var newline = Array.IndexOf(_chunk, (byte)'\n', _start, _end - _start);
                var stop = newline < 0 ? _end : newline;
                if (!tooLong)
                {
                    if (_line.Length + (stop - _start) > maxLine)
                    {
                        tooLong = true;
                        _line.SetLength(0);
                    }
                    else
                    {
                        _line.Write(_chunk, _start, stop - _start);
                    }
                }

                _start = stop;
                if (newline >= 0)
                {
                    _start++;
                    line = tooLong ? ReadOnlyMemory<byte>.Empty : _line.ToArray();
                    return true;
                }
            }
        }
    }
}
