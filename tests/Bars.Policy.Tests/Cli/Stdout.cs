using System.Text;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Standard output for an in-process run of the tool, which writes bytes: what was written, read back as UTF-8
/// text (<see cref="ToString"/>), and each whole line handed to <paramref name="onLine"/> as it arrives (for tests
/// that watch a batch stream its answers). Written from any thread.
/// </summary>
/// <param name="onLine">Called with each line, without its end, when its newline is written.</param>
internal sealed class Stdout(Action<string>? onLine = null) : Stream
{
    private readonly MemoryStream written = new();
    private int lineStart;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        lock (written)
        {
            written.Write(buffer);
            if (onLine is null) return;
            var bytes = written.GetBuffer();
            for (var i = (int)written.Length - buffer.Length; i < written.Length; i++)
            {
                if (bytes[i] != (byte)'\n') continue;
                onLine(Encoding.UTF8.GetString(bytes, lineStart, i - lineStart));
                lineStart = i + 1;
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Everything written so far, as UTF-8 text.</summary>
    public override string ToString()
    {
        lock (written) return Encoding.UTF8.GetString(written.GetBuffer(), 0, (int)written.Length);
    }
}
