namespace Bars.Policy;

/// <summary>How a batch (<c>PolicyEngine.EvaluateMany</c>, <c>EvaluateManyJson</c>) spreads over threads.</summary>
public sealed record BatchOptions
{
    /// <summary>How many cases are evaluated at once; the number of processors by default.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How many cases may be read ahead of the oldest unanswered one; bounds the batch's memory.</summary>
    public int BufferSize { get; init; } = 1024;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(BufferSize, 1, nameof(BufferSize));
    }
}
