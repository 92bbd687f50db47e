namespace Bars.Policy;

/// <summary>How a batch (<c>PolicyEngine.EvaluateMany</c>, <c>CompareAsync</c>) spreads over threads.</summary>
public sealed record BatchOptions
{
    /// <summary>The largest <see cref="MaxDegreeOfParallelism"/> a batch accepts: 1,024 workers.</summary>
    public const int ParallelismLimit = 1024;

    /// <summary>The largest <see cref="BufferSize"/> a batch accepts: 1,048,576 cases.</summary>
    public const int BufferSizeLimit = 1 << 20;

    /// <summary>How many cases are evaluated at once; the number of processors by default, at most <see cref="ParallelismLimit"/>.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many cases may be read ahead of the oldest unanswered one; bounds the batch's memory. 1,024 by default,
    /// at most <see cref="BufferSizeLimit"/>.
    /// </summary>
    public int BufferSize { get; init; } = 1024;

    /// <summary>
    /// How many bytes of JSON Lines a batch may hold read ahead of the oldest unanswered line, counted in UTF-8: bounds
    /// the batch's memory when lines are long, as
    /// <see cref="BufferSize"/> does when they are many. 64 MiB by default. A single line larger than this is still
    /// answered: it is read ahead alone, once every line before it has been answered. At least 1.
    /// </summary>
    public long MaxBytesInFlight { get; init; } = 64L * 1024 * 1024;

    internal void Validate()
    {
        // The upper bounds keep the batch's own arithmetic (chunks per worker, the window) far from overflow.
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDegreeOfParallelism, ParallelismLimit, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(BufferSize, 1, nameof(BufferSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BufferSize, BufferSizeLimit, nameof(BufferSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytesInFlight, 1, nameof(MaxBytesInFlight));
    }
}
