namespace Bars.Policy.Samples.WebHost;

/// <summary>Request body limits, bound from the <c>Decisions</c> configuration section.</summary>
public sealed class DecisionLimits
{
    /// <summary>The configuration section that holds the limits.</summary>
    public const string Section = "Decisions";

    /// <summary>The largest body <c>POST /decisions</c> accepts, and the longest line of a batch (1 MiB by default).</summary>
    public long MaxCaseBytes { get; set; } = 1024 * 1024;

    /// <summary>The largest body <c>POST /decisions/batch</c> accepts (64 MiB by default).</summary>
    public long MaxBatchBytes { get; set; } = 64L * 1024 * 1024;
}
