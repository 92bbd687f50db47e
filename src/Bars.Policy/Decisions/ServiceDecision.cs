using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>Where the applicant stands in service on the evaluation date, and the region's duties: service is a
/// member's (I4), so a non-member has no phase of service and no duties. Compares by content.</summary>
public sealed record ServiceDecision
{
    /// <summary>A service decision; only the engine makes them.</summary>
    /// <param name="phase">The phase on the evaluation date.</param>
    /// <param name="undeterminedReason">Why the phase is Undetermined; only then.</param>
    /// <param name="trainingEndsOn">The last day of training, for a member with a contract.</param>
    /// <param name="duties">The region's tasks and the general supplementary tasks.</param>
    /// <param name="findings">The rules that decided it.</param>
    /// <param name="parameters">The parameter values the rules of its findings read; none when null (a decision written before they were listed).</param>
    [JsonConstructor]
    internal ServiceDecision(ServicePhase phase, UndeterminedReason? undeterminedReason, DateOnly? trainingEndsOn, IReadOnlyList<string> duties, IReadOnlyList<Finding> findings, IReadOnlyList<ParameterValue>? parameters = null)
    {
        Phase = phase;
        UndeterminedReason = undeterminedReason;
        TrainingEndsOn = trainingEndsOn;
        Duties = EquatableList<string>.Of(duties);
        Findings = EquatableList<Finding>.Of(findings);
        Parameters = parameters is null ? EquatableList<ParameterValue>.Empty : EquatableList<ParameterValue>.Of(parameters);
    }

    /// <summary>For a member: no contract in force, training, or assigned to tasks (C4); otherwise not a member, or
    /// Undetermined with the enlistment (I4).</summary>
    public ServicePhase Phase { get; }

    /// <summary>Why the phase is Undetermined (the enlistment's reason); null otherwise.</summary>
    public UndeterminedReason? UndeterminedReason { get; }

    /// <summary>The last day of training (day 21 of the contract), for a member with a contract.</summary>
    public DateOnly? TrainingEndsOn { get; }

    /// <summary>The tasks the region's unit performs (C15–C17) and the general supplementary tasks (C18).</summary>
    public IReadOnlyList<string> Duties { get; }

    /// <summary>The rules that decided it, with claims and quotes.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The parameter values the rules of <see cref="Findings"/> read (derived from the rules' own conditions and
    /// actions), as in force for the case, each with its period and citation: in <see cref="Parameter"/> order, each
    /// once; a parameter the region does not state is not listed. Empty when those rules read none.
    /// </summary>
    public IReadOnlyList<ParameterValue> Parameters { get; }

    /// <summary>The phase, with the end of training when there is a contract.</summary>
    /// <returns>For example <c>Assigned (training ends 2024-10-21)</c> or <c>NoContract</c>.</returns>
    public override string ToString() =>
        TrainingEndsOn is { } end ? $"{Phase} (training ends {DecisionText.Date(end)})"
        : UndeterminedReason is { } reason ? $"{Phase} ({reason})"
        : Phase.ToString();
}
