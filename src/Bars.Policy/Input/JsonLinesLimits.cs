namespace Bars.Policy;

/// <summary>What one JSON Lines input may hold (<see cref="JsonLinesInput"/>); past a limit, the input is answered, never held.</summary>
public sealed class JsonLinesLimits
{
    /// <summary>The default <see cref="MaxLineBytes"/>: 1 MiB.</summary>
    public const int DefaultMaxLineBytes = 1 << 20;

    /// <summary>The highest <see cref="MaxLineBytes"/> accepted: 1 GiB, well inside what one buffer can hold.</summary>
    public const int MaxLineBytesLimit = 1 << 30;

    /// <summary>
    /// The longest line read, in bytes (1 MiB by default, from 1 to <see cref="MaxLineBytesLimit"/>); a longer line is
    /// answered with the error "line N is longer than M bytes." and skipped without being held.
    /// </summary>
    public int MaxLineBytes { get; init; } = DefaultMaxLineBytes;

    /// <summary>
    /// How many lines are read (no limit by default): the next line is answered with an error saying so, and the rest
    /// of the input is not read.
    /// </summary>
    public long MaxLines { get; init; } = long.MaxValue;

    /// <summary>
    /// How many empty or whitespace-only lines are answered (no limit by default; each is answered with an error many
    /// times its size): past it, the next one is answered with an error saying so, and the rest is not read.
    /// </summary>
    public long MaxBlankLines { get; init; } = long.MaxValue;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLineBytes, 1, nameof(MaxLineBytes));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxLineBytes, MaxLineBytesLimit, nameof(MaxLineBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxLines, 0, nameof(MaxLines));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBlankLines, 0, nameof(MaxBlankLines));
    }
}
