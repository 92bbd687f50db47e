using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Bars.Policy.AspNetCore;

/// <summary>
/// Reads JSON Lines, one case per line, as a stream of reads for <see cref="PolicyEngine.EvaluateMany{T}(IAsyncEnumerable{CaseReadResult}, Func{BatchResult, T}, BatchOptions, CancellationToken)"/>:
/// each line as <see cref="JsonLines.ReadLine"/> reads it (a case, or its own errors and caseId; an empty line is
/// an error; so are bytes that are not UTF-8 and a byte-order mark anywhere but at the very start), and a line over
/// the size limit as an error of its own, skipped unread. Past <see cref="BarsPolicyEndpointOptions.MaxBatchLines"/> lines, or
/// <see cref="BarsPolicyEndpointOptions.MaxBlankLines"/> blank ones, the next line is answered with an error and reading stops.
/// </summary>
internal sealed class JsonLinesCases(PipeReader reader, BarsPolicyEndpointOptions limits)
{
    private readonly long maxLineBytes = limits.MaxCaseBytes;
    private long blankLines;
    private bool stopped; // a line was answered with the error that ends the batch

    /// <summary>
    /// One read per line, in order. A line over <c>MaxCaseBytes</c> is answered with an error and skipped; a body
    /// over <c>MaxBatchBytes</c> throws the server's 413 <see cref="BadHttpRequestException"/>.
    /// </summary>
    public async IAsyncEnumerable<CaseReadResult> ReadAsync([EnumeratorCancellation] CancellationToken cancel = default)
    {
        // Bytes are copied out of the pipe as they are read: a line split over reads is kept in `partial`.
        var partial = new ArrayBufferWriter<byte>();
        var skipping = false; // inside a line already answered as too long
        long index = 0;
        long total = 0;
        while (true)
        {
            var result = await reader.ReadAsync(cancel);
            var buffer = result.Buffer;
            total += buffer.Length;
            if (total > limits.MaxBatchBytes)
            {
                reader.AdvanceTo(buffer.End);
                throw RequestBody.TooLarge(limits.MaxBatchBytes);
            }

            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                var tail = buffer.Slice(0, end);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
                if (skipping)
                {
                    skipping = false;
                    continue;
                }

                if (OverLimit(index) is { } stop)
                {
                    reader.AdvanceTo(buffer.Start);
                    yield return stop;
                    yield break;
                }

                CaseReadResult line;
                if (partial.WrittenCount == 0)
                {
                    line = Read(index, tail);
                }
                else if (partial.WrittenCount + tail.Length > maxLineBytes)
                {
                    line = TooLong(index);
                }
                else
                {
                    foreach (var segment in tail) partial.Write(segment.Span);
                    line = Read(index, new ReadOnlySequence<byte>(partial.WrittenMemory));
                }

                partial.ResetWrittenCount();
                index++;
                yield return line;
                if (stopped)
                {
                    reader.AdvanceTo(buffer.Start);
                    yield break;
                }
            }

            // What is left is the start of a line whose end has not arrived yet.
            if (!skipping && !buffer.IsEmpty)
            {
                if (partial.WrittenCount + buffer.Length > maxLineBytes)
                {
                    if (OverLimit(index) is { } stop)
                    {
                        reader.AdvanceTo(buffer.End);
                        yield return stop;
                        yield break;
                    }

                    partial.ResetWrittenCount();
                    skipping = true;
                    yield return TooLong(index++);
                }
                else
                {
                    foreach (var segment in buffer) partial.Write(segment.Span);
                }
            }

            reader.AdvanceTo(buffer.End);
            if (result.IsCompleted)
            {
                // The last line need not end with a newline.
                if (!skipping && partial.WrittenCount > 0) yield return OverLimit(index) ?? Read(index, new ReadOnlySequence<byte>(partial.WrittenMemory));
                yield break;
            }
        }
    }

    // The answer that ends a batch past the lines one request may send, in place of line `index`.
    private CaseReadResult? OverLimit(long index) => index >= limits.MaxBatchLines
        ? Stop(index, $"the batch holds more than {limits.MaxBatchLines} lines, the most one request may send; this line and those after it were not read: send them in another request.")
        : null;

    private CaseReadResult Stop(long index, string why)
    {
        stopped = true;
        return new(null, null, [new ValidationError("$", $"line {index + 1}: {why}")]);
    }

    private CaseReadResult Read(long index, ReadOnlySequence<byte> line)
    {
        if (line.Length > maxLineBytes) return TooLong(index);
        var bytes = line.IsSingleSegment ? line.FirstSpan : line.ToArray();

        // A blank line is answered with an error decision a hundred times its size: past a bound, the batch stops.
        if (bytes.IndexOfAnyExcept(" \t\r\n\v\f"u8) < 0 && ++blankLines > limits.MaxBlankLines)
        {
            return Stop(index, $"the batch holds more than {limits.MaxBlankLines} empty lines; this line and those after it were not read.");
        }

        return JsonLines.ReadLine(bytes, index + 1);
    }

    private CaseReadResult TooLong(long index) =>
        new(null, null, [new ValidationError("$", $"line {index + 1} is longer than {maxLineBytes} bytes.")]);
}
