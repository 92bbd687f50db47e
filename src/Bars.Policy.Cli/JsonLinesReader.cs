namespace Bars.Policy.Cli;

/// <summary>One line as <see cref="JsonLinesReader"/> cut it.</summary>
/// <param name="Number">The line's number, counted from 1.</param>
/// <param name="Bytes">The line without its line end; valid only until the next read. Empty when too long.</param>
/// <param name="TooLong">The line is longer than the maximum: its bytes were skipped, never held.</param>
internal readonly record struct JsonLine(long Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

/// <summary>
/// JSON Lines as bytes, cut at <c>\n</c> only (a <c>\r</c> just before it belongs to the line end; a bare <c>\r</c> is
/// JSON whitespace, part of the line). A line longer than the maximum is reported as soon as it is known to be, and
/// skipped to its <c>\n</c> without being held, so memory stays one line's worth whatever the input (even
/// <c>/dev/zero</c>). The input's first bytes are checked once (<see cref="StartAsync"/>): a UTF-8 byte-order mark
/// is skipped, a UTF-16 one refused.
/// </summary>
internal sealed class JsonLinesReader
{
    private const int ChunkBytes = 1 << 16;

    private readonly Stream stream;
    private readonly int maxLineBytes;
    private byte[] buffer;
    private int start;   // the first byte not yet cut into a line
    private int end;     // one past the last byte read
    private int scanned; // bytes from start already searched for '\n'
    private bool eof;
    private bool skipping;
    private bool started;
    private long lines;
    private long bytesRead;

    public JsonLinesReader(Stream stream, int maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxLineBytes, InputRules.MaxLimit);
        this.stream = stream;
        this.maxLineBytes = maxLineBytes;
        // Not pooled: a worker may still hold a line's text while the reader is dropped, and one buffer per run is cheap.
        buffer = new byte[Math.Min(maxLineBytes + 2, ChunkBytes) + ChunkBytes];
    }

    /// <summary>Lines cut so far (an over-long one counts when it is reported).</summary>
    public long LinesRead => Interlocked.Read(ref lines);

    /// <summary>Bytes read from the stream so far; read from another thread by the progress bar.</summary>
    public long BytesRead => Interlocked.Read(ref bytesRead);

    /// <summary>Checks the input's first bytes: null when they can be read as UTF-8, else why not.</summary>
    public string? Start()
    {
        while (!started && !CanStart()) Filled(stream.Read(Space()));
        return Begin();
    }

    /// <inheritdoc cref="Start"/>
    public async ValueTask<string?> StartAsync(CancellationToken cancel)
    {
        while (!started && !CanStart()) Filled(await ReadMoreAsync(cancel).ConfigureAwait(false));
        return Begin();
    }

    /// <summary>The next line, or null at the end of the input.</summary>
    public JsonLine? ReadLine()
    {
        Start();
        while (true)
        {
            if (Cut() is { } line) return line;
            if (eof) return null;
            Filled(stream.Read(Space()));
        }
    }

    /// <inheritdoc cref="ReadLine"/>
    public async ValueTask<JsonLine?> ReadLineAsync(CancellationToken cancel)
    {
        await StartAsync(cancel).ConfigureAwait(false);
        while (true)
        {
            if (Cut() is { } line) return line;
            if (eof) return null;
            Filled(await ReadMoreAsync(cancel).ConfigureAwait(false));
        }
    }

    // A pipe's read (standard input) does not watch the token: a signal while the input is silent would wait for
    // the next bytes. So a read that has to wait is also abandoned on cancellation (the buffer is the reader's own,
    // and nothing reads it after a stop).
    private async ValueTask<int> ReadMoreAsync(CancellationToken cancel)
    {
        var read = stream.ReadAsync(SpaceMemory(), cancel);
        return read.IsCompleted ? read.GetAwaiter().GetResult() : await read.AsTask().WaitAsync(cancel).ConfigureAwait(false);
    }

    private bool CanStart() => eof || end - start >= InputRules.Utf8Bom.Length;

    private string? Begin()
    {
        if (started) return null;
        started = true;
        var (skip, problem) = InputRules.CheckStart(buffer.AsSpan(start, end - start));
        start += skip;
        return problem;
    }

    // The next line from what is buffered, or null when more bytes are needed (or there are none).
    private JsonLine? Cut()
    {
        if (skipping)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline < 0)
            {
                // Nothing of an over-long line is kept: /dev/zero is skipped in a flat buffer.
                start = end = 0;
                return null;
            }

            start += newline + 1;
            skipping = false;
        }

        var found = buffer.AsSpan(start + scanned, end - start - scanned).IndexOf((byte)'\n');
        if (found >= 0)
        {
            var length = scanned + found;
            var content = length > 0 && buffer[start + length - 1] == (byte)'\r' ? length - 1 : length;
            var line = Line(start, content);
            start += length + 1;
            scanned = 0;
            return line;
        }

        scanned = end - start;
        if (scanned > maxLineBytes + 1)
        {
            // Too long even if a '\r' ends it: report it now (an endless line gets its answer) and skip the rest.
            var line = Line(start, scanned);
            start = end = scanned = 0;
            skipping = true;
            return line;
        }

        if (eof && scanned > 0)
        {
            // The last line, without a '\n'.
            var line = Line(start, scanned);
            start = end;
            scanned = 0;
            return line;
        }

        return null;
    }

    private JsonLine Line(int from, int length)
    {
        var number = Interlocked.Increment(ref lines);
        return length > maxLineBytes ? new JsonLine(number, ReadOnlyMemory<byte>.Empty, TooLong: true) : new JsonLine(number, buffer.AsMemory(from, length), TooLong: false);
    }

    private void Filled(int count)
    {
        if (count == 0) eof = true;
        end += count;
        Interlocked.Add(ref bytesRead, count);
    }

    private Span<byte> Space() => SpaceMemory().Span;

    // Room for at least one chunk after what is buffered: the partial line moves to the front (at most once per
    // line, as it then starts at 0), and the buffer grows only while a line may still fit the maximum.
    private Memory<byte> SpaceMemory()
    {
        if (buffer.Length - end < ChunkBytes && start > 0)
        {
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            end -= start;
            start = 0;
        }

        if (buffer.Length - end < ChunkBytes)
        {
            Array.Resize(ref buffer, (int)Math.Min(Math.Max(2L * buffer.Length, end + ChunkBytes), maxLineBytes + 2L + 2 * ChunkBytes));
        }

        return buffer.AsMemory(end);
    }
}
