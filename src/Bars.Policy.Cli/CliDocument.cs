namespace Bars.Policy.Cli;

/// <summary>
/// One document read whole as bytes (<c>evaluate</c>'s case), at most a maximum: reading stops a few bytes past it, so
/// an endless input (<c>/dev/zero</c>) ends too and memory never exceeds the maximum.
/// </summary>
internal sealed class CliDocument
{
    private const int ChunkBytes = 1 << 16;

    private readonly byte[] buffer;
    private readonly int start;
    private readonly int length;

    private CliDocument(byte[] buffer, int start, int length, bool tooLong, string? problem)
    {
        this.buffer = buffer;
        this.start = start;
        this.length = length;
        TooLong = tooLong;
        Problem = problem;
    }

    /// <summary>The document, without the input's byte-order mark; cut at the maximum when <see cref="TooLong"/>.</summary>
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(start, length);

    /// <summary>The document is longer than the maximum: the rest was not read.</summary>
    public bool TooLong { get; }

    /// <summary>Why the input cannot be read at all (UTF-16), or null.</summary>
    public string? Problem { get; }

    public static CliDocument Read(Stream stream, int maxBytes)
    {
        // Enough for a byte-order mark and one byte past the maximum.
        var limit = maxBytes + 3 + 1;
        var buffer = new byte[Math.Min(limit, ChunkBytes)];
        var total = 0;
        while (total < limit)
        {
            if (total == buffer.Length) Array.Resize(ref buffer, (int)Math.Min(limit, 2L * buffer.Length));
            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0) break;
            total += read;
        }

        var first = buffer.AsSpan(0, total);
        var skip = Utf8Input.OpeningMarkLength(first);
        var length = total - skip;
        return new CliDocument(buffer, skip, Math.Min(length, maxBytes), length > maxBytes, Utf8Input.Refusal(first));
    }
}
