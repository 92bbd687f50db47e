using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>Whether a member may be deployed to the war zone (C21): the source raises the question and never answers
/// it, so the shipped answer is Undetermined (source silent). Compares by content.</summary>
public sealed record DeploymentDecision
{
    /// <summary>A deployment answer; only rules make them.</summary>
    /// <param name="status">Permitted, NotPermitted or Undetermined.</param>
    /// <param name="undeterminedReason">Why it is open, when it is.</param>
    /// <param name="findings">The rules that decided it.</param>
    [JsonConstructor]
    internal DeploymentDecision(DeploymentStatus status, UndeterminedReason? undeterminedReason, IReadOnlyList<Finding> findings)
    {
        Status = status;
        UndeterminedReason = undeterminedReason;
        Findings = EquatableList<Finding>.Of(findings);
    }

    /// <summary>Permitted, NotPermitted or Undetermined.</summary>
    public DeploymentStatus Status { get; }

    /// <summary>Why it is open; only when Undetermined.</summary>
    public UndeterminedReason? UndeterminedReason { get; }

    /// <summary>The rules that decided it, with claims and quotes.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The status, with its reason when it is Undetermined.</summary>
    /// <returns>For example <c>Undetermined (SourceSilent)</c>.</returns>
    public override string ToString() => DecisionText.Status(Status.ToString(), UndeterminedReason);
}
