using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>Where the applicant stands in service on the evaluation date, and the region's duties: service is a
/// member's (I4, I7), and duties are a member's while assigned to tasks (I10). Compares by content.</summary>
public sealed record ServiceDecision
{
    /// <summary>A service decision; only the engine makes them.</summary>
    /// <param name="phase">The phase on the evaluation date.</param>
    /// <param name="undeterminedReason">Why the phase is Undetermined; only then.</param>
    /// <param name="trainingEndsOn">The last day of training, for a member's contract.</param>
    /// <param name="duties">The region's tasks and the general ones, while assigned.</param>
    /// <param name="findings">The rules that decided it.</param>
    /// <param name="parameters">The parameter values the rules of its findings read; none when null (a decision written before they were listed).</param>
    /// <param name="from">The phase's first day, when it has one.</param>
    /// <param name="to">The phase's last day, when it ends.</param>
    /// <param name="warZoneDeployment">Whether the member may be deployed to the war zone (C21); null in a decision written before it was given.</param>
    [JsonConstructor]
    internal ServiceDecision(
        ServicePhase phase,
        UndeterminedReason? undeterminedReason,
        DateOnly? trainingEndsOn,
        IReadOnlyList<string> duties,
        IReadOnlyList<Finding> findings,
        IReadOnlyList<ParameterValue>? parameters = null,
        DateOnly? from = null,
        DateOnly? to = null,
        DeploymentDecision? warZoneDeployment = null)
    {
        Phase = phase;
        From = from;
        To = to;
        UndeterminedReason = undeterminedReason;
        TrainingEndsOn = trainingEndsOn;
        Duties = EquatableList<string>.Of(duties);
        WarZoneDeployment = warZoneDeployment;
        Findings = EquatableList<Finding>.Of(findings);
        Parameters = parameters is null ? EquatableList<ParameterValue>.Empty : EquatableList<ParameterValue>.Of(parameters);
    }

    /// <summary>For an Eligible applicant with a contract: not started, training, assigned, ended or terminated early
    /// (I10); no contract; otherwise not a member, or Undetermined with the enlistment (I4).</summary>
    public ServicePhase Phase { get; }

    /// <summary>The phase's first day (training from the start, assigned from the day after training, ended from the day
    /// after the term, terminated from the termination's day); null when it has none (not started, no contract, not a
    /// member, Undetermined).</summary>
    public DateOnly? From { get; }

    /// <summary>The phase's last day (the day before the start when not started, the last day of training or of
    /// membership); null when it does not end.</summary>
    public DateOnly? To { get; }

    /// <summary>Why the phase is Undetermined (the enlistment's reason, or a missing input); null otherwise.</summary>
    public UndeterminedReason? UndeterminedReason { get; }

    /// <summary>The last day of training (day 21 of the contract), for an Eligible applicant's contract in every phase.</summary>
    public DateOnly? TrainingEndsOn { get; }

    /// <summary>The tasks the region's unit performs (C15–C17) and the general ones (C18, C20): only while Assigned (I10).</summary>
    public IReadOnlyList<string> Duties { get; }

    /// <summary>Whether members may be deployed to the war zone (C21): raised by the source, never answered.</summary>
    public DeploymentDecision? WarZoneDeployment { get; }

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
