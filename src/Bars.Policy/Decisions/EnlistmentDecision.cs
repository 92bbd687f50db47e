using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>Whether the applicant may join the region's BARS unit, and why. Compares by content.</summary>
public sealed record EnlistmentDecision
{
    /// <summary>An enlistment decision; only the engine makes them.</summary>
    /// <param name="outcome">Eligible, Ineligible or Undetermined.</param>
    /// <param name="undeterminedReason">Why the source does not decide, when it does not.</param>
    /// <param name="findings">The enlistment rules that fired.</param>
    /// <param name="parameters">The parameter values the rules of its findings read; none when null (a decision written before they were listed).</param>
    /// <param name="judgedOn">The day enlistment was judged on (I6); null only in a decision written before it was given.</param>
    [JsonConstructor]
    internal EnlistmentDecision(EnlistmentOutcome outcome, UndeterminedReason? undeterminedReason, IReadOnlyList<Finding> findings, IReadOnlyList<ParameterValue>? parameters = null, DateOnly? judgedOn = null)
    {
        Outcome = outcome;
        JudgedOn = judgedOn;
        UndeterminedReason = undeterminedReason;
        Findings = EquatableList<Finding>.Of(findings);
        Parameters = parameters is null ? EquatableList<ParameterValue>.Empty : EquatableList<ParameterValue>.Of(parameters);
    }

    /// <summary>Eligible, Ineligible or Undetermined.</summary>
    public EnlistmentOutcome Outcome { get; }

    /// <summary>
    /// The day enlistment was judged on (I6): the contract's start date, when the case has one (a birthday or any change
    /// after it does not undo it), otherwise the case's <c>asOf</c>. Ages and the parameters of enlistment are taken on
    /// this day. Null only in a decision written before it was given.
    /// </summary>
    public DateOnly? JudgedOn { get; }

    /// <summary>Why the source does not decide; set only when <see cref="Outcome"/> is Undetermined.</summary>
    public UndeterminedReason? UndeterminedReason { get; }

    /// <summary>Every enlistment rule that fired, in firing order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The parameter values the rules of <see cref="Findings"/> read (derived from the rules' own conditions and
    /// actions), as in force for the case, each with its period and citation: in <see cref="Parameter"/> order, each
    /// once; a parameter the region does not state is not listed. Empty when those rules read none.
    /// </summary>
    public IReadOnlyList<ParameterValue> Parameters { get; }

    /// <summary>The outcome, with its reason when it is Undetermined.</summary>
    /// <returns>For example <c>Eligible</c> or <c>Undetermined (SourceSilent)</c>.</returns>
    public override string ToString() => DecisionText.Status(Outcome.ToString(), UndeterminedReason);
}
