namespace Bars.Policy;

/// <summary>One line of JSON Lines as <see cref="JsonLinesInput"/> cut it.</summary>
public readonly struct JsonLine
{
    internal JsonLine(long number, ReadOnlyMemory<byte> bytes, bool tooLong) => (Number, Bytes, TooLong) = (number, bytes, tooLong);

    /// <summary>
    /// A line the host has made and numbered itself, for <see cref="BatchInput.JsonLines(IAsyncEnumerable{JsonLine})"/>:
    /// a row of a CSV file as a JSON object, numbered as the file's line it starts on, say.
    /// </summary>
    /// <param name="number">The number errors name it by (counted from 1).</param>
    /// <param name="bytes">The case as UTF-8 JSON; it must stay unchanged until it is answered.</param>
    public JsonLine(long number, ReadOnlyMemory<byte> bytes)
        : this(number, bytes, tooLong: false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
    }

    /// <summary>The line's number in the input, counted from 1.</summary>
    public long Number { get; }

    /// <summary>The line without its line end, as UTF-8; valid only until the next read. Empty when too long.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The line is longer than <see cref="JsonLinesLimits.MaxLineBytes"/>: its bytes were skipped, never held.</summary>
    public bool TooLong { get; }
}
