using System.Text.Json.Serialization;

namespace Bars.Policy;

/// <summary>One entitlement of a member: whether it is due, and how much when it is an amount. Compares by content.</summary>
public sealed record EntitlementDecision
{
    /// <summary>An entitlement decision; only rules make them.</summary>
    /// <param name="kind">What the entitlement is.</param>
    /// <param name="status">Entitled, NotEntitled or Undetermined.</param>
    /// <param name="amountRub">The amount in roubles, for an Entitled payment.</param>
    /// <param name="period">How often the amount is paid.</param>
    /// <param name="undeterminedReason">Why it is open, when it is.</param>
    /// <param name="findings">The rules that decided it.</param>
    /// <param name="parameters">The parameter values the rules of its findings read; none when null (a decision written before they were listed).</param>
    [JsonConstructor]
    internal EntitlementDecision(
        EntitlementKind kind,
        EntitlementStatus status,
        decimal? amountRub,
        PaymentPeriod? period,
        UndeterminedReason? undeterminedReason,
        IReadOnlyList<Finding> findings, IReadOnlyList<ParameterValue>? parameters = null)
    {
        Kind = kind;
        Status = status;
        AmountRub = amountRub;
        Period = period;
        UndeterminedReason = undeterminedReason;
        Findings = EquatableList<Finding>.Of(findings);
        Parameters = parameters is null ? EquatableList<ParameterValue>.Empty : EquatableList<ParameterValue>.Of(parameters);
    }

    /// <summary>What the entitlement is.</summary>
    public EntitlementKind Kind { get; }

    /// <summary>Entitled, NotEntitled or Undetermined.</summary>
    public EntitlementStatus Status { get; }

    /// <summary>The amount in roubles, only for an Entitled payment.</summary>
    public decimal? AmountRub { get; }

    /// <summary>How often the amount is paid, only with an amount.</summary>
    public PaymentPeriod? Period { get; }

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
    internal void ListRead(EquatableList<ParameterValue> values) => Parameters = values;

    /// <summary>The kind, the status and the amount or the reason.</summary>
    /// <returns>For example <c>MonthlyPay Entitled 40,000/Month</c>.</returns>
    public override string ToString()
    {
        var text = $"{Kind} {DecisionText.Status(Status.ToString(), UndeterminedReason)}";
        if (AmountRub is { } amount) text += " " + DecisionText.Amount(amount) + (Period is { } period ? "/" + period : "");
        return text;
    }
}
