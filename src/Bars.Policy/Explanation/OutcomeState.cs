namespace Bars.Policy.Explanation;

/// <summary>
/// One outcome of a decision, as the explanations compare it: its status (an enlistment outcome, an entitlement or
/// obligation status, a service phase), amount, period and reason, with the findings that decided it. Two states
/// are the same outcome when all but the findings agree. Compares by content.
/// </summary>
public sealed record OutcomeState
{
    /// <summary>A state; only the explanations make them.</summary>
    /// <param name="outcome">Which outcome (see <see cref="Outcome"/>).</param>
    /// <param name="status">Its status.</param>
    /// <param name="amountRub">Its amount, when it has one.</param>
    /// <param name="period">The amount's period, when it has one.</param>
    /// <param name="undeterminedReason">Why it is Undetermined, when it is.</param>
    /// <param name="findings">The findings that decided it.</param>
    /// <param name="from">The first day of the period it covers, when it has one.</param>
    /// <param name="to">The last day of the period it covers, when it ends.</param>
    internal OutcomeState(string outcome, string status, decimal? amountRub, PaymentPeriod? period, UndeterminedReason? undeterminedReason, IReadOnlyList<Finding> findings, DateOnly? from = null, DateOnly? to = null)
    {
        From = from;
        To = to;
        Outcome = outcome;
        Status = status;
        AmountRub = amountRub;
        Period = period;
        UndeterminedReason = undeterminedReason;
        Findings = EquatableList<Finding>.Of(findings);
    }

    /// <summary>
    /// Which outcome: <c>enlistment</c>, <c>entitlements.MonthlyPay</c> (one per <see cref="EntitlementKind"/>),
    /// <c>obligations.RepayOneTimePayment</c> (one per <see cref="ObligationKind"/>), <c>service</c> (the phase); and
    /// <c>case</c>, status <c>Invalid</c>, on a date the case is not valid.
    /// </summary>
    public string Outcome { get; }

    /// <summary>The status: Eligible/Ineligible/Undetermined, Entitled/NotEntitled/…, Owed/NotOwed/…, or the phase.</summary>
    public string Status { get; }

    /// <summary>The amount in roubles, when the outcome has one.</summary>
    public decimal? AmountRub { get; }

    /// <summary>How often the amount is paid, when there is one.</summary>
    public PaymentPeriod? Period { get; }

    /// <summary>The first day of the period the outcome covers (I8: an entitlement's, an obligation's, a service
    /// phase's), when it has one; null for the enlistment.</summary>
    public DateOnly? From { get; }

    /// <summary>The last day of the period the outcome covers, when it ends.</summary>
    public DateOnly? To { get; }

    /// <summary>Why the outcome is Undetermined; null otherwise.</summary>
    public UndeterminedReason? UndeterminedReason { get; }

    /// <summary>The findings that decided it, with their claims and the source's words.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Whether <paramref name="other"/> is the same outcome: status, amount, period and reason (not findings).</summary>
    internal bool SameAs(OutcomeState other) =>
        Outcome == other.Outcome && Status == other.Status && AmountRub == other.AmountRub && Period == other.Period && UndeterminedReason == other.UndeterminedReason;

    /// <summary>The status with its amount or reason.</summary>
    /// <returns>For example <c>Entitled 40,000/Month</c> or <c>Undetermined (SourceConflict)</c>.</returns>
    public override string ToString()
    {
        var text = DecisionText.Status(Status, UndeterminedReason);
        if (AmountRub is { } amount) text += " " + DecisionText.Amount(amount) + (Period is { } p && p != PaymentPeriod.Once ? "/" + p : "");
        return text;
    }

    /// <summary>Every outcome of <paramref name="decision"/>, in a fixed order; one <c>case</c> Invalid state for an
    /// invalid decision.</summary>
    internal static IReadOnlyList<OutcomeState> Of(PolicyDecision decision)
    {
        if (!decision.IsValid) return [new OutcomeState(CaseOutcome, "Invalid", null, null, null, [])];
        var states = new List<OutcomeState>(2 + decision.Entitlements.Count + decision.Obligations.Count)
        {
            new(EnlistmentOutcome, decision.Enlistment!.Outcome.ToString(), null, null, decision.Enlistment.UndeterminedReason, decision.Enlistment.Findings),
        };
        foreach (var e in decision.Entitlements) states.Add(new(EntitlementOutcome(e.Kind), e.Status.ToString(), e.AmountRub, e.Period, e.UndeterminedReason, e.Findings, e.From, e.To));
        foreach (var o in decision.Obligations) states.Add(new($"obligations.{o.Kind}", o.Status.ToString(), o.AmountRub, null, o.UndeterminedReason, o.Findings, o.From));
        states.Add(new(ServiceOutcome, decision.Service!.Phase.ToString(), null, null, decision.Service.UndeterminedReason, decision.Service.Findings, decision.Service.From, decision.Service.To));
        return states;
    }

    internal const string EnlistmentOutcome = "enlistment";
    internal const string ServiceOutcome = "service";
    internal const string CaseOutcome = "case";

    internal static string EntitlementOutcome(EntitlementKind kind) => $"entitlements.{kind}";

    /// <summary>The distinct claims of <paramref name="findings"/>, in order.</summary>
    internal static IReadOnlyList<string> ClaimsOf(IEnumerable<Finding> findings) => findings.SelectMany(f => f.Claims).Distinct(StringComparer.Ordinal).ToArray();
}
