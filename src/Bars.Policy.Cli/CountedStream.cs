namespace Bars.Policy.Cli;

/// <summary>
/// A device or pipe written through, counting the bytes it accepted: after a failed write (<c>-o /dev/full</c>) the
/// tool can say whether anything reached it, rather than how many answers it had handed over.
/// </summary>
internal sealed class CountedStream(Stream inner) : Stream
{
    /// <summary>The bytes of the writes that succeeded.</summary>
    public long Written { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        Written += buffer.Length;
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
