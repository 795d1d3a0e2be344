using System.IO.Compression;

namespace Triangulate.Ingest;

/// <summary>Reads a whole stream up to a byte limit, inflating gzip transparently.</summary>
internal static class BoundedReader
{
    private static ReadOnlySpan<byte> GzipMagic => [0x1F, 0x8B];

    /// <summary>Reads at most <paramref name="limit"/> bytes; an error says why nothing usable was read.</summary>
    public static (byte[]? Bytes, string? Error) ReadAll(Stream stream, int limit)
    {
        var buffered = new BufferedStream(stream, 64 * 1024);
        Span<byte> head = stackalloc byte[2];
        var peeked = ReadPeek(buffered, head);
        var compressed = peeked == 2 && head.SequenceEqual(GzipMagic);
        var raw = new PrefixStream(head[..peeked].ToArray(), buffered);
        Stream source = compressed ? new GZipStream(raw, CompressionMode.Decompress) : raw;

        try
        {
            var bytes = ReadLimited(source, limit, out var over);
            if (over)
            {
                return (null, compressed
                    ? $"article over the {limit / (1024 * 1024)} MB limit after decompression"
                    : $"article over the {limit / (1024 * 1024)} MB limit");
            }

            if (compressed && !raw.TrailerMatches(bytes.Length))
            {
                return (null, "truncated or corrupt gzip stream (its size trailer does not match)");
            }

            return (bytes, null);
        }
        catch (InvalidDataException ex)
        {
            return (null, $"corrupt gzip data ({ex.Message.TrimEnd('.')})");
        }
        catch (EndOfStreamException)
        {
            return (null, "truncated gzip stream");
        }
    }

    private static int ReadPeek(Stream stream, Span<byte> head)
    {
        var total = 0;
        while (total < head.Length)
        {
            var n = stream.Read(head[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static byte[] ReadLimited(Stream source, int limit, out bool over)
    {
        var output = new MemoryStream();
        var buffer = new byte[81920];
        over = false;
        int n;
        while ((n = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (output.Length + n > limit)
            {
                over = true;
                return [];
            }

            output.Write(buffer, 0, n);
        }

        return output.ToArray();
    }

    /// <summary>Replays peeked bytes before the rest of the stream, and keeps the last eight bytes read (a gzip trailer).</summary>
    private sealed class PrefixStream(byte[] prefix, Stream inner) : Stream
    {
        private readonly byte[] _tail = new byte[8];
        private int _position;
        private long _total;

        /// <summary>True when the gzip trailer's ISIZE (length mod 2^32) matches what was inflated.</summary>
        public bool TrailerMatches(long inflatedLength)
        {
            if (_total < 18)
            {
                return false;
            }

            var size = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(_tail.AsSpan(4));
            return size == (uint)inflatedLength;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (_position < prefix.Length)
            {
                var n = Math.Min(buffer.Length, prefix.Length - _position);
                prefix.AsSpan(_position, n).CopyTo(buffer);
                _position += n;
                Track(buffer[..n]);
                return n;
            }

            var read = inner.Read(buffer);
            Track(buffer[..read]);
            return read;
        }

        private void Track(ReadOnlySpan<byte> read)
        {
            _total += read.Length;
            if (read.Length >= _tail.Length)
            {
                read[^_tail.Length..].CopyTo(_tail);
                return;
            }

            // Shift the kept tail left and append what was just read.
            _tail.AsSpan(read.Length).CopyTo(_tail);
            read.CopyTo(_tail.AsSpan(_tail.Length - read.Length));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
