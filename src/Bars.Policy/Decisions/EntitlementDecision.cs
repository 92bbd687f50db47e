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
    /// <param name="from">The first day of the period it covers, when it has one (I8).</param>
    /// <param name="to">The last day of the period it covers; null when open-ended or a single day.</param>
    /// <param name="rates">Monthly pay's rate periods when its rate changes within the membership (I9); none when null.</param>
    [JsonConstructor]
    internal EntitlementDecision(
        EntitlementKind kind,
        EntitlementStatus status,
        decimal? amountRub,
        PaymentPeriod? period,
        UndeterminedReason? undeterminedReason,
        IReadOnlyList<Finding> findings, IReadOnlyList<ParameterValue>? parameters = null,
        DateOnly? from = null, DateOnly? to = null, IReadOnlyList<RatePeriod>? rates = null)
    {
        Kind = kind;
        Status = status;
        AmountRub = amountRub;
        Period = period;
        From = from;
        To = to;
        Rates = rates is null || rates.Count == 0 ? EquatableList<RatePeriod>.Empty : EquatableList<RatePeriod>.Of(rates);
        UndeterminedReason = undeterminedReason;
        Findings = EquatableList<Finding>.Of(findings);
        Parameters = parameters is null ? EquatableList<ParameterValue>.Empty : EquatableList<ParameterValue>.Of(parameters);
    }

    /// <summary>What the entitlement is.</summary>
    public EntitlementKind Kind { get; }

    /// <summary>Entitled, NotEntitled, Undetermined or NotApplicable: the status on the case's <c>asOf</c> (I8).</summary>
    public EntitlementStatus Status { get; }

    /// <summary>The amount in roubles, only for an Entitled payment.</summary>
    public decimal? AmountRub { get; }

    /// <summary>How often the amount is paid, only with an amount.</summary>
    public PaymentPeriod? Period { get; }

    /// <summary>
    /// The first day of the period the entitlement covers (I8): for monthly pay and a retained post the first day of
    /// membership; for a status (veteran, family privileges) the day it holds from; for injury compensation the day of
    /// the injury. Null when it covers no period (a one-time payment is for signing, on a day the case does not give)
    /// or there is none (no contract).
    /// </summary>
    public DateOnly? From { get; }

    /// <summary>The last day of the period it covers (the last day of membership for monthly pay and a retained post);
    /// null when open-ended (a status granted for good) or a single event.</summary>
    public DateOnly? To { get; }

    /// <summary>
    /// Monthly pay's rates over the membership, each period with the rate in force on its days (I9): listed when the
    /// rate changes within the membership, empty when one rate (<see cref="AmountRub"/>) holds throughout.
    /// </summary>
    public IReadOnlyList<RatePeriod> Rates { get; }

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
    // A decision shared by every case (SharedFinding.Plain) reads none and is never written.
    internal void ListRead(EquatableList<ParameterValue> values)
    {
        if (!ReferenceEquals(Parameters, values)) Parameters = values;
    }

    /// <summary>The kind, the status and the amount or the reason.</summary>
    /// <returns>For example <c>MonthlyPay Entitled 40,000/Month</c>.</returns>
    public override string ToString()
    {
        var text = $"{Kind} {DecisionText.Status(Status.ToString(), UndeterminedReason)}";
        if (AmountRub is { } amount) text += " " + DecisionText.Amount(amount) + (Period is { } period ? "/" + period : "");
        return text;
    }
}
