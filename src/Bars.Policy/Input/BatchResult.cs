namespace Bars.Policy;

/// <summary>One answer of a batch: the input's position (0-based) and its decision.</summary>
/// <param name="Index">The position of the input in what the batch read.</param>
/// <param name="Decision">The decision; a decision with <see cref="PolicyDecision.Errors"/> for an input that could not be read, an invalid or a null case.</param>
public sealed record BatchResult(long Index, PolicyDecision Decision)
{
    /// <summary>
    /// The case the input was read as (null for one that could not be read), so that an output can carry what the
    /// case says and the decision does not (an applicant's age, a contract's length): a table row, say.
    /// </summary>
    public PolicyCase? Case { get; init; }

    /// <summary>
    /// The JSON of each of <see cref="BatchOptions.PassThrough"/>'s fields, in its order, as the line wrote it
    /// (<c>2.5</c>, <c>"north"</c>); null where the line has none. Empty when none are asked for.
    /// </summary>
    public IReadOnlyList<string?> PassThrough { get; init => field = EquatableList<string?>.Of(value); } = EquatableList<string?>.Empty;

    /// <summary>The case's weight (<see cref="BatchOptions.Weight"/>); null when none is asked for or the line's is not valid (the decision says why).</summary>
    public decimal? Weight { get; init; }
}
