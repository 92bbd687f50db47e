namespace Bars.Policy;

/// <summary>One answer of a batch: the input's position (0-based) and its decision.</summary>
/// <param name="Index">The position of the case in the input stream.</param>
/// <param name="Decision">The decision; a decision with <see cref="PolicyDecision.Errors"/> for an invalid or null case.</param>
public sealed record BatchResult(long Index, PolicyDecision Decision);
