using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bars.Policy;

/// <summary>
/// What the engine tells an observer, the .NET way and ready for OpenTelemetry (<c>AddMeter(PolicyTelemetry.Name)</c>,
/// <c>AddSource(PolicyTelemetry.Name)</c>); nothing is recorded until something listens. Metrics: the decisions made,
/// by region and enlistment outcome (<c>bars.policy.decisions</c>), how long each evaluation took
/// (<c>bars.policy.evaluation.duration</c>, seconds) and the cases batches answered (<c>bars.policy.batch.cases</c>).
/// Traces: an activity per evaluation (<c>bars.policy.evaluate</c>) and per batch (<c>bars.policy.batch</c>). Logs go
/// to <see cref="PolicyEngineOptions.LoggerFactory"/> (set from the container by <c>AddBarsPolicy</c>).
/// </summary>
public static class PolicyTelemetry
{
    /// <summary>The name of the library's meter and of its activity source.</summary>
    public const string Name = "Bars.Policy";

    /// <summary>The tag naming the case's region.</summary>
    public const string RegionTag = "bars.policy.region";

    /// <summary>The tag naming the enlistment outcome (<c>Eligible</c>, <c>Ineligible</c>, <c>Undetermined</c>), or
    /// <c>Invalid</c> for a case with errors.</summary>
    public const string OutcomeTag = "bars.policy.enlistment.outcome";

    internal static readonly ActivitySource Source = new(Name, Provenance.PolicyFingerprint.LibraryVersion);

    private static readonly Meter Meter = new(Name, Provenance.PolicyFingerprint.LibraryVersion);

    internal static readonly Counter<long> Decisions = Meter.CreateCounter<long>("bars.policy.decisions", "{decision}", "Decisions made, by region and enlistment outcome.");

    internal static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("bars.policy.evaluation.duration", "s", "How long one evaluation took.");

    internal static readonly Counter<long> BatchCases = Meter.CreateCounter<long>("bars.policy.batch.cases", "{case}", "Cases a batch answered.");

    /// <summary>Whether anything listens: the evaluation then measures itself.</summary>
    internal static bool Observed => Decisions.Enabled || Duration.Enabled || Source.HasListeners();

    /// <summary>Records one decision made in <paramref name="started"/> ticks (<see cref="Stopwatch.GetTimestamp"/>).</summary>
    internal static void Record(PolicyDecision decision, long started, Activity? activity)
    {
        var region = new KeyValuePair<string, object?>(RegionTag, decision.Region ?? "");
        var outcome = new KeyValuePair<string, object?>(OutcomeTag, decision.Enlistment?.Outcome.ToString() ?? "Invalid");
        Decisions.Add(1, region, outcome);
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, region, outcome);
        if (activity is null) return;
        activity.SetTag(RegionTag, region.Value);
        activity.SetTag(OutcomeTag, outcome.Value);
        if (decision.Errors.Count > 0) activity.SetStatus(ActivityStatusCode.Error, $"{decision.Errors.Count} input errors");
    }
}
