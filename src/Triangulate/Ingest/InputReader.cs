using System.IO.Compression;

namespace Triangulate.Ingest;

/// <summary>
/// Turns the paths a user names (files, folders walked recursively, <c>-</c> for stdin) into raw documents,
/// streaming: one bad input is reported as <see cref="Skipped"/> and the rest go on.
/// </summary>
public sealed class InputReader(TimeProvider time, Func<Stream>? openStdin = null)
{
    private static readonly string[] JsonLinesExtensions = [".jsonl", ".ndjson"];
    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml", ".shtml"];

    private readonly Func<Stream> _openStdin = openStdin ?? Console.OpenStandardInput;

    /// <summary>Reads every named input in order; folders are walked in ordinal name order.</summary>
    public IEnumerable<IngestItem> Read(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        foreach (var path in paths)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (path == "-")
            {
                foreach (var item in ReadStream(_openStdin, "-", cancellationToken))
                {
                    yield return item;
                }

                continue;
            }

            if (Directory.Exists(path))
            {
                var found = false;
                foreach (var file in Walk(path))
                {
                    found = true;
                    foreach (var item in ReadFile(file, cancellationToken))
                    {
                        yield return item;
                    }
                }

                if (!found)
                {
                    yield return IngestItem.Skip(path, "folder holds no files");
                }

                continue;
            }

            if (!File.Exists(path))
            {
                yield return IngestItem.Skip(path, "no such file or folder");
                continue;
            }

            foreach (var item in ReadFile(path, cancellationToken))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<string> Walk(string root)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            ReturnSpecialDirectories = false,
        };
        return Directory.EnumerateFiles(root, "*", options)
            .Where(f => !IsHidden(Path.GetRelativePath(root, f)))
            .Order(StringComparer.Ordinal);
    }

    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private IEnumerable<IngestItem> ReadFile(string path, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (info.Length == 0)
        {
            return [IngestItem.Skip(path, "empty file")];
        }

        return ReadStream(() => File.OpenRead(path), path, cancellationToken);
    }

    private IEnumerable<IngestItem> ReadStream(Func<Stream> open, string source, CancellationToken cancellationToken)
    {
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestItem.Skip(source, $"cannot be read ({ex.Message.TrimEnd('.')})")];
        }

        return ReadOpened(stream, source, cancellationToken);
    }

    private IEnumerable<IngestItem> ReadOpened(Stream stream, string source, CancellationToken cancellationToken)
    {
        using (stream)
        {
            var name = StripGz(source);
            if (HasExtension(name, JsonLinesExtensions))
            {
                foreach (var item in JsonLinesReader.Read(Inflate(stream, source), source, time))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return item;
                }

                yield break;
            }

            byte[]? bytes;
            string? error;
            try
            {
                (bytes, error) = BoundedReader.ReadAll(stream, Limits.MaxArticleBytes);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                (bytes, error) = (null, $"cannot be read ({ex.Message.TrimEnd('.')})");
            }

            if (bytes is null)
            {
                yield return IngestItem.Skip(source, error!);
                yield break;
            }

            if (IsBlank(bytes))
            {
                yield return IngestItem.Skip(source, bytes.Length == 0 ? "empty file" : "file holds only white space");
                yield break;
            }

            if (TextDecoder.LooksBinary(bytes))
            {
                yield return IngestItem.Skip(source, "binary file, not text or HTML");
                yield break;
            }

            if (LooksLikeJsonLines(bytes))
            {
                foreach (var item in JsonLinesReader.Read(new MemoryStream(bytes, writable: false), source, time))
                {
                    yield return item;
                }

                yield break;
            }

            var mediaType = DetectMediaType(name, bytes);
            yield return IngestItem.Of(new RawDocument(source, null, mediaType, bytes, time.GetUtcNow(), DocumentHints.None));
        }
    }

    /// <summary>HTML by markup at the start of the content; otherwise by name; otherwise plain text.</summary>
    public static MediaType DetectMediaType(string name, ReadOnlySpan<byte> bytes)
    {
        var head = TextDecoder.Decode(bytes[..Math.Min(bytes.Length, 2048)]).Text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<head", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<body", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.Ordinal) && head.Contains("<html", StringComparison.OrdinalIgnoreCase)))
        {
            return MediaType.Html;
        }

        if (HasExtension(name, HtmlExtensions))
        {
            return MediaType.Html;
        }

        // An unnamed or oddly named file that is mostly markup is still HTML.
        var tags = CountTags(head);
        return tags >= 5 && head.StartsWith('<') ? MediaType.Html : MediaType.PlainText;
    }

    private static int CountTags(string head)
    {
        var count = 0;
        for (var i = 0; i + 1 < head.Length; i++)
        {
            if (head[i] == '<' && (char.IsAsciiLetter(head[i + 1]) || head[i + 1] == '/'))
            {
                count++;
            }
        }

        return count;
    }

    private static bool LooksLikeJsonLines(ReadOnlySpan<byte> bytes)
    {
        var trimmed = bytes.TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[0] != (byte)'{')
        {
            return false;
        }

        var newline = trimmed.IndexOf((byte)'\n');
        var first = (newline < 0 ? trimmed : trimmed[..newline]).TrimEnd(" \t\r"u8);
        return first.Length > 1 && first[^1] == (byte)'}';
    }

    private static Stream Inflate(Stream stream, string source) =>
        source.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : stream;

    private static string StripGz(string name) =>
        name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;

    private static bool HasExtension(string name, string[] extensions) =>
        extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r\n"u8).IsEmpty;
}
