using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>
/// Something the volunteer owes, such as repaying the one-time payment after an early termination (C11).
/// Compares by content.
/// </summary>
public sealed record ObligationDecision
{
    /// <summary>An obligation decision; only rules make them.</summary>
    /// <param name="kind">What is owed.</param>
    /// <param name="status">Owed, NotOwed or Undetermined.</param>
    /// <param name="amountRub">The amount in roubles, when Owed.</param>
    /// <param name="undeterminedReason">Why it is open, when it is.</param>
    /// <param name="findings">The rules that decided it.</param>
    /// <param name="parameters">The parameter values the rules of its findings read; none when null (a decision written before they were listed).</param>
    /// <param name="from">The day it is owed from (I8), when it follows an event.</param>
    [JsonConstructor]
    internal ObligationDecision(
        ObligationKind kind,
        ObligationStatus status,
        decimal? amountRub,
        UndeterminedReason? undeterminedReason,
        IReadOnlyList<Finding> findings, IReadOnlyList<ParameterValue>? parameters = null,
        DateOnly? from = null)
    {
        Kind = kind;
        Status = status;
        AmountRub = amountRub;
        From = from;
        UndeterminedReason = undeterminedReason;
        Findings = EquatableList<Finding>.Of(findings);
        Parameters = parameters is null ? EquatableList<ParameterValue>.Empty : EquatableList<ParameterValue>.Of(parameters);
    }

    /// <summary>What is owed.</summary>
    public ObligationKind Kind { get; }

    /// <summary>Owed, NotOwed or Undetermined.</summary>
    public ObligationStatus Status { get; }

    /// <summary>The amount in roubles, only when Owed.</summary>
    public decimal? AmountRub { get; }

    /// <summary>The day it is owed (or open) from (I8): the early termination's day; null without one.</summary>
    public DateOnly? From { get; }

    /// <summary>Why it is open; only when Undetermined.</summary>
    public UndeterminedReason? UndeterminedReason { get; }

    /// <summary>The rules that decided it, with claims and quotes.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>
    /// The parameter values the rules of <see cref="Findings"/> read (derived from the rules' own conditions and
    /// actions), as in force for the case, each with its period and citation: in <see cref="Parameter"/> order, each
    /// once; a parameter the region does not state is not listed. Empty when those rules read none.
    /// </summary>
    public IReadOnlyList<ParameterValue> Parameters { get; private set; }

    // The sheet lists the values read when the decision is recorded, before any rule or host sees it: they are
    // derived from the rules of its findings, not given by the rule that makes the decision.
    // A decision shared by every case (SharedFinding.NotOwed) reads none and is never written.
    internal void ListRead(EquatableList<ParameterValue> values)
    {
        if (!ReferenceEquals(Parameters, values)) Parameters = values;
    }

    /// <summary>The kind, the status and the amount or the reason.</summary>
    /// <returns>For example <c>RepayOneTimePayment Owed 100,000</c>.</returns>
    public override string ToString()
    {
        var text = $"{Kind} {DecisionText.Status(Status.ToString(), UndeterminedReason)}";
        return AmountRub is { } amount ? text + " " + DecisionText.Amount(amount) : text;
    }
}
