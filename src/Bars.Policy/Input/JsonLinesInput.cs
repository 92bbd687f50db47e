using System.Runtime.CompilerServices;

namespace Bars.Policy;

/// <summary>
/// JSON Lines read from a stream of UTF-8, the one reader of the library, the tool and the web package: cut at <c>\n</c> only (a <c>\r</c> just before it belongs to the line end; a bare <c>\r</c> is
/// JSON whitespace, part of the line). A line longer than the maximum is reported as soon as it is known to be, and
/// skipped to its <c>\n</c> without being held, so memory stays one line's worth whatever the input (even
/// <c>/dev/zero</c>). The input's first bytes are checked once (<see cref="StartAsync"/>): a UTF-8 byte-order mark
/// is skipped, a UTF-16 one refused. As a <see cref="BatchInput"/>, each line is read as JSON in the batch's workers and
/// answered with errors that name it (too long, empty, a byte-order mark past the start, not UTF-8, not a case); lines
/// already taken with <see cref="ReadLineAsync"/> are not read again, and the rest keep their numbers.
/// </summary>
public sealed class JsonLinesInput : BatchInput
{
    private const int ChunkBytes = 1 << 16;

    private readonly Stream stream;
    private readonly JsonLinesLimits limits;
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

    /// <summary>Reads JSON Lines from <paramref name="utf8"/>.</summary>
    /// <param name="utf8">The stream; read, never closed.</param>
    /// <param name="limits">The longest line and the most lines read; the defaults of <see cref="JsonLinesLimits"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of its range (see <see cref="JsonLinesLimits"/>).</exception>
    public JsonLinesInput(Stream utf8, JsonLinesLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        this.limits = limits ?? new JsonLinesLimits();
        this.limits.Validate();
        stream = utf8;
        maxLineBytes = this.limits.MaxLineBytes;
        // Not pooled: a worker may still hold a line's text while the reader is dropped, and one buffer per run is cheap.
        buffer = new byte[Math.Min(maxLineBytes + 2, ChunkBytes) + ChunkBytes];
    }

    /// <summary>Lines cut so far (an over-long one counts when it is reported).</summary>
    public long LinesRead => Interlocked.Read(ref lines);

    /// <summary>Bytes read from the stream so far; read from another thread by the progress bar.</summary>
    public long BytesRead => Interlocked.Read(ref bytesRead);

    /// <summary>
    /// Checks the input's first bytes (once; later calls say nothing): null when they can be read as UTF-8 (a UTF-8
    /// byte-order mark is skipped), else why not, as "it is UTF-16 (…)".
    /// </summary>
    /// <param name="cancel">Stops waiting for the first bytes.</param>
    /// <returns>Null, or why the input cannot be read.</returns>
    public async ValueTask<string?> StartAsync(CancellationToken cancel = default)
    {
        while (!started && !CanStart()) Filled(await ReadMoreAsync(cancel).ConfigureAwait(false));
        return Begin();
    }

    /// <summary>
    /// The next line, or null at the end of the input: for a host that looks at some lines itself (a resumed run
    /// checking what it answered before) before the batch reads the rest.
    /// </summary>
    /// <param name="cancel">Stops waiting for bytes.</param>
    /// <returns>The line, its bytes valid until the next read; null at the end.</returns>
    public async ValueTask<JsonLine?> ReadLineAsync(CancellationToken cancel = default)
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

    internal override async IAsyncEnumerable<BatchItem> ItemsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (await StartAsync(cancellationToken).ConfigureAwait(false) is { } problem)
        {
            yield return BatchItem.Answered(1, LineReading.Root($"line 1: the input cannot be read: {problem}"));
            yield break;
        }

        long blank = 0;
        while (await ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Number > limits.MaxLines)
            {
                yield return BatchItem.Answered(line.Number, LineReading.Root($"line {line.Number}: the batch holds more than {limits.MaxLines} lines, the most it may hold; this line and those after it were not read: send them in another batch."));
                yield break;
            }

            if (line.TooLong)
            {
                yield return BatchItem.Answered(line.Number, LineReading.TooLong(line.Number, maxLineBytes));
                continue;
            }

            if (LineReading.IsBlank(line.Bytes.Span) && ++blank > limits.MaxBlankLines)
            {
                yield return BatchItem.Answered(line.Number, LineReading.Root($"line {line.Number}: the batch holds more than {limits.MaxBlankLines} empty lines; this line and those after it were not read."));
                yield break;
            }

            // Copied out of the buffer, which the next read reuses; read as JSON in the workers.
            yield return BatchItem.OfLine(line.Number, line.Bytes.ToArray(), mayOpenWithBom: false);
        }
    }

    private bool CanStart() => eof || end - start >= Utf8Input.Utf8Mark.Length;

    private string? Begin()
    {
        if (started) return null;
        started = true;
        var first = buffer.AsSpan(start, end - start);
        start += Utf8Input.OpeningMarkLength(first);
        return Utf8Input.Refusal(first);
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
        return length > maxLineBytes ? new JsonLine(number, ReadOnlyMemory<byte>.Empty, tooLong: true) : new JsonLine(number, buffer.AsMemory(from, length), tooLong: false);
    }

    private void Filled(int count)
    {
        if (count == 0) eof = true;
        end += count;
        Interlocked.Add(ref bytesRead, count);
    }

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
