using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace Bars.Policy.Samples.WebHost;

/// <summary>
/// Reads JSON Lines, one case per line, as a stream of cases for <see cref="PolicyEngine.EvaluateMany"/>.
/// </summary>
/// <remarks>
/// EvaluateMany takes cases, not lines: a line that cannot be read has no case to pass, and a null case is answered
/// with a generic "is null" error. So an unreadable line is passed on as null and its real answer (the reading errors,
/// with the caseId when it could be read, as <see cref="PolicyEngine.EvaluateJson"/> gives) waits in
/// <see cref="Unreadable"/> under the line's index, for the writer to swap in. Entries are taken out as they are
/// written, so the map stays as small as the engine's read-ahead window.
/// </remarks>
internal sealed class JsonLinesCases(PipeReader reader, long maxLineBytes, long maxBodyBytes)
{
    /// <summary>The answers for lines that could not be read, by 0-based line index.</summary>
    public ConcurrentDictionary<long, PolicyDecision> Unreadable { get; } = new();

    /// <summary>
    /// One case per line, in order (null for an unreadable line). A line over <c>maxLineBytes</c> is answered with an
    /// error and skipped; a body over <c>maxBodyBytes</c> throws the server's 413 <see cref="BadHttpRequestException"/>.
    /// </summary>
    public async IAsyncEnumerable<PolicyCase?> ReadAsync([EnumeratorCancellation] CancellationToken cancel = default)
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

                PolicyCase? line;
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

    private PolicyCase? Read(long index, ReadOnlySequence<byte> line)
    {
        if (line.Length > maxLineBytes) return TooLong(index);
        if (!line.IsEmpty && line.Slice(line.Length - 1).FirstSpan[0] == (byte)'\r') line = line.Slice(0, line.Length - 1);
        if (line.IsEmpty) return Unread(index, null, new ValidationError("$", $"line {index + 1} is empty: expected a case object."));

        var read = line.IsSingleSegment ? PolicyJson.ReadCase(line.FirstSpan) : PolicyJson.ReadCase(line.ToArray());
        return read.Case ?? Unread(index, read.CaseId, [.. read.Errors]);
    }

    private PolicyCase? TooLong(long index) =>
        Unread(index, null, new ValidationError("$", $"line {index + 1} is longer than {maxLineBytes} bytes."));

    private PolicyCase? Unread(long index, string? caseId, params ValidationError[] errors)
    {
        Unreadable[index] = PolicyDecision.Invalid(caseId, null, null, errors);
        return null;
    }
}
