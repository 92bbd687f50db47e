using System.Security.Cryptography;

namespace Bars.Policy.Cli;

/// <summary>
/// Another stream, passed through and counted. What is read is hashed (SHA-256) as it passes: an input's fingerprint
/// for the run's provenance without a second read. What is written counts only once the write succeeded: after a
/// failed write to a device (<c>-o /dev/full</c>) the tool can say whether anything reached it.
/// </summary>
internal sealed class CountedStream(Stream inner, bool owned) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The bytes read, or written, so far.</summary>
    public long Bytes { get; private set; }

    /// <summary>The SHA-256 of the bytes read so far, in lower-case hex.</summary>
    public string Sha256 => Convert.ToHexStringLower(hash.GetCurrentHash());

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer) => Seen(buffer, inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var count = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        return Seen(buffer.Span, count);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Bytes += buffer.Length;
    }

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
            if (owned) inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Seen(ReadOnlySpan<byte> buffer, int count)
    {
        hash.AppendData(buffer[..count]);
        Bytes += count;
        return count;
    }
}
