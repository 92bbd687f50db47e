using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Bars.Policy.Samples.WebHost;

/// <summary>
/// Reads JSON Lines, one case per line, as a stream of reads for <see cref="PolicyEngine.EvaluateMany{T}(IAsyncEnumerable{CaseReadResult}, Func{BatchResult, T}, BatchOptions, CancellationToken)"/>:
/// each line as <see cref="JsonLines.ReadLine"/> reads it (a case, or its own errors and caseId; an empty line is
/// an error), and a line over the size limit as an error of its own, skipped unread.
/// </summary>
internal sealed class JsonLinesCases(PipeReader reader, long maxLineBytes, long maxBodyBytes)
{
    /// <summary>
    /// One read per line, in order. A line over <c>maxLineBytes</c> is answered with an error and skipped; a body
    /// over <c>maxBodyBytes</c> throws the server's 413 <see cref="BadHttpRequestException"/>.
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
            if (total > maxBodyBytes)
            {
                reader.AdvanceTo(buffer.End);
                throw RequestBody.TooLarge(maxBodyBytes);
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
            }

            // What is left is the start of a line whose end has not arrived yet.
            if (!skipping && !buffer.IsEmpty)
            {
                if (partial.WrittenCount + buffer.Length > maxLineBytes)
                {
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
                if (!skipping && partial.WrittenCount > 0) yield return Read(index, new ReadOnlySequence<byte>(partial.WrittenMemory));
                yield break;
            }
        }
    }

    private CaseReadResult Read(long index, ReadOnlySequence<byte> line)
    {
        if (line.Length > maxLineBytes) return TooLong(index);
        return line.IsSingleSegment ? JsonLines.ReadLine(line.FirstSpan, index + 1) : JsonLines.ReadLine(line.ToArray(), index + 1);
    }

    private CaseReadResult TooLong(long index) =>
        new(null, null, [new ValidationError("$", $"line {index + 1} is longer than {maxLineBytes} bytes.")]);
}
