using System.Text;

namespace Bars.Policy.Cli;

/// <summary>
/// A <see cref="TextReader"/> read as UTF-8 bytes, for a host (or test) that gives the tool its standard input as
/// text: the tool itself reads bytes, so that it can refuse what is not UTF-8 rather than have it replaced.
/// </summary>
internal sealed class TextReaderStream(TextReader reader) : ReadOnlyInputStream
{
    private readonly Encoder encoder = CliStreams.Utf8NoBom.GetEncoder();
    private readonly char[] chars = new char[4096];
    private readonly byte[] bytes = new byte[CliStreams.Utf8NoBom.GetMaxByteCount(4096)];
    private int next;
    private int count;
    private bool done;

    public override int Read(Span<byte> buffer)
    {
        while (next == this.count && !done)
        {
            var read = reader.Read(chars, 0, chars.Length);
            done = read == 0;
            this.count = encoder.GetBytes(chars, 0, read, bytes, 0, flush: done);
            next = 0;
        }

        var n = Math.Min(buffer.Length, this.count - next);
        bytes.AsSpan(next, n).CopyTo(buffer);
        next += n;
        return n;
    }
}
