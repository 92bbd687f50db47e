namespace Bars.Policy;

/// <summary>How a batch (<c>PolicyEngine.EvaluateMany</c>, <c>CompareAsync</c>) spreads over threads.</summary>
public sealed record BatchOptions
{
    // How many cases each worker may have read ahead by default (BufferSize).
    private const int BufferPerWorker = 32;

    private readonly int? bufferSize;

    /// <summary>The largest <see cref="MaxDegreeOfParallelism"/> a batch accepts: 1,024 workers.</summary>
    public const int ParallelismLimit = 1024;

    /// <summary>The largest <see cref="BufferSize"/> a batch accepts: 1,048,576 cases.</summary>
    public const int BufferSizeLimit = 1 << 20;

    /// <summary>How many cases are evaluated at once; the number of processors by default, at most <see cref="ParallelismLimit"/>.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// How many cases may be read ahead of the oldest unanswered one; bounds the batch's memory. By default
    /// 32 per worker (<see cref="MaxDegreeOfParallelism"/>: 64 on two processors), at most
    /// <see cref="BufferSizeLimit"/>. A larger window buys no speed: the workers are kept busy by a few dozen cases
    /// each, and every case in flight when the garbage collector runs is copied to an older generation (measured in
    /// benchmarks/README.md: 1,024 cases in flight made a comparison 1.5 times slower than 64).
    /// </summary>
    public int BufferSize
    {
        get => bufferSize ?? Math.Min(BufferPerWorker * MaxDegreeOfParallelism, BufferSizeLimit);
        init => bufferSize = value;
    }

    /// <summary>
    /// How many bytes of JSON Lines a batch may hold read ahead of the oldest unanswered line, counted in UTF-8: bounds
    /// the batch's memory when lines are long, as
    /// <see cref="BufferSize"/> does when they are many. 64 MiB by default. A single line larger than this is still
    /// answered: it is read ahead alone, once every line before it has been answered. At least 1.
    /// </summary>
    public long MaxBytesInFlight { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// Fields of each JSON line that are not the case's: a population's own columns (an id, a stratum, a weight). Each is
    /// taken out of the line before the case is read (so it is not "not a field of the case") and handed back, as the
    /// JSON it was written as, in <see cref="BatchResult.PassThrough"/> and <see cref="ComparedCase.PassThrough"/>, in
    /// this order. Names are matched exactly; a name the case has (<c>region</c>) is refused. None by default. Lines
    /// only: a case given as an object has none.
    /// </summary>
    public IReadOnlyList<string> PassThrough { get; init => field = EquatableList<string>.Of(value); } = EquatableList<string>.Empty;

    /// <summary>
    /// The field of each JSON line that holds the case's weight (how many people of the population it stands for): a
    /// JSON number, 0 or more, taken out of the line as <see cref="PassThrough"/>'s fields are; a line without one, or
    /// with another value, is answered with an error naming it. Read into <see cref="BatchResult.Weight"/> and weighed
    /// by a comparison (<see cref="PolicyComparison.Weighted"/>). None by default; JSON Lines only.
    /// </summary>
    public string? Weight { get; init; }

    internal void Validate()
    {
        // A field of the case taken out of its line would change the case: it is the contract's.
        foreach (var name in Weight is null ? PassThrough : PassThrough.Append(Weight))
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A pass-through or weight field needs a name.", nameof(PassThrough));
            if (Json.PolicyJsonContext.Default.PolicyCase.Properties.Any(p => p.Name == name))
            {
                throw new ArgumentException($"'{name}' is a field of the case: it cannot be passed through or be the weight.", nameof(PassThrough));
            }
        }

        if (PassThrough.Distinct(StringComparer.Ordinal).Count() != PassThrough.Count) throw new ArgumentException("A pass-through field is named twice.", nameof(PassThrough));

        // The upper bounds keep the batch's own arithmetic (chunks per worker, the window) far from overflow.
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDegreeOfParallelism, 1, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxDegreeOfParallelism, ParallelismLimit, nameof(MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfLessThan(BufferSize, 1, nameof(BufferSize));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(BufferSize, BufferSizeLimit, nameof(BufferSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxBytesInFlight, 1, nameof(MaxBytesInFlight));
    }
}
