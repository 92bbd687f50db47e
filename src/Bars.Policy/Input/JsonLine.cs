namespace Bars.Policy;

/// <summary>One line of JSON Lines as <see cref="JsonLinesInput"/> cut it.</summary>
public readonly struct JsonLine
{
    internal JsonLine(long number, ReadOnlyMemory<byte> bytes, bool tooLong) => (Number, Bytes, TooLong) = (number, bytes, tooLong);

    /// <summary>The line's number in the input, counted from 1.</summary>
    public long Number { get; }

    /// <summary>The line without its line end, as UTF-8; valid only until the next read. Empty when too long.</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The line is longer than <see cref="JsonLinesLimits.MaxLineBytes"/>: its bytes were skipped, never held.</summary>
    public bool TooLong { get; }
}
