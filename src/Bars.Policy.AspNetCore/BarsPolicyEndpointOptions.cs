namespace Bars.Policy.AspNetCore;

/// <summary>
/// The limits of the endpoints <see cref="BarsPolicyEndpoints.MapBarsPolicy"/> maps: request sizes, how many requests
/// run and wait at once, how long one may take. Set them with <see cref="BarsPolicyEndpoints.AddBarsPolicyEndpoints"/>
/// (bind a configuration section to the builder it returns); they are checked when the host starts.
/// </summary>
public sealed class BarsPolicyEndpointOptions
{
    /// <summary>The largest body a one-case request accepts (a decision, why-not, screening, timeline), and the longest line of a batch (1 MiB by default).</summary>
    public long MaxCaseBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest body a batch request accepts (64 MiB by default).</summary>
    public long MaxBatchBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most lines one batch request may send (10,000 by default); the line after them is answered with an error and the rest is not read.</summary>
    public long MaxBatchLines { get; set; } = 10_000;

    /// <summary>
    /// The most empty or whitespace-only lines one batch may hold (100 by default): each is answered with an error
    /// decision far larger than the line, so a body of newlines would otherwise be answered a hundredfold.
    /// </summary>
    public long MaxBlankLines { get; set; } = 100;

    /// <summary>How many batches are answered at once (4 by default); the others wait in the queue.</summary>
    public int MaxConcurrentBatches { get; set; } = 4;

    /// <summary>How many batches may wait for their turn (8 by default); beyond them a batch is refused with 503.</summary>
    public int MaxQueuedBatches { get; set; } = 8;

    /// <summary>How many one-case requests are answered at once (8 by default); the others wait in the queue.</summary>
    public int MaxConcurrentCases { get; set; } = 8;

    /// <summary>How many one-case requests may wait for their turn (32 by default); beyond them one is refused with 503.</summary>
    public int MaxQueuedCases { get; set; } = 32;

    /// <summary>
    /// The longest a batch request may take, from its arrival to its last answer, waiting its turn included (120 s by
    /// default): a slow client cannot hold a running or waiting place for longer. Past it, a batch not yet answered
    /// is refused with 503; one whose answers have started has its connection cut, so it cannot look complete.
    /// </summary>
    public int MaxBatchSeconds { get; set; } = 120;

    /// <summary>The longest a one-case request may take, from its arrival to its answer, waiting its turn included (30 s by default); past it, 503.</summary>
    public int MaxCaseSeconds { get; set; } = 30;

    /// <summary>Why these limits cannot serve, or null when they can.</summary>
    internal string? Invalid() =>
        MaxCaseBytes < 1 || MaxBatchBytes < 1 || MaxBatchLines < 1 || MaxBlankLines < 0 || MaxConcurrentBatches < 1 || MaxQueuedBatches < 0 || MaxConcurrentCases < 1 || MaxQueuedCases < 0 || MaxBatchSeconds < 1 || MaxCaseSeconds < 1
            ? "MaxCaseBytes, MaxBatchBytes, MaxBatchLines, MaxConcurrentBatches, MaxConcurrentCases, MaxBatchSeconds and MaxCaseSeconds must be at least 1; MaxBlankLines, MaxQueuedBatches and MaxQueuedCases at least 0."
            : null;
}
