namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// One answer of a decision as the page shows it (the enlistment, an entitlement, the obligation, the service):
/// what it is about, its status, its amount, why it is Undetermined, and the findings that decided it.
/// </summary>
/// <param name="Id">The element id of its section (<c>outcome-MonthlyPay</c>).</param>
/// <param name="Title">What it is about, in words.</param>
/// <param name="Status">The status as the contract names it (<c>Ineligible</c>, <c>NotEntitled</c>).</param>
/// <param name="Tone">How it reads for the applicant: <c>yes</c>, <c>no</c> or <c>open</c> (Undetermined); the colour follows it.</param>
/// <param name="Amount">The amount in words, when there is one.</param>
/// <param name="Reason">Why it is Undetermined, when it is.</param>
/// <param name="Findings">The findings, in the order the rules fired.</param>
internal sealed record OutcomeView(string Id, string Title, string Status, string Tone, string? Amount, UndeterminedReason? Reason, IReadOnlyList<Finding> Findings)
{
    /// <summary>The status in words (<c>Not entitled</c>).</summary>
    public string StatusWords => PlainWords.Words(Status);

    /// <summary>The enlistment.</summary>
    public static OutcomeView Of(EnlistmentDecision e) => new(
        "outcome-Enlistment", "Enlistment", e.Outcome.ToString(),
        e.Outcome switch { EnlistmentOutcome.Eligible => "yes", EnlistmentOutcome.Ineligible => "no", _ => "open" },
        null, e.UndeterminedReason, e.Findings);

    /// <summary>An entitlement.</summary>
    public static OutcomeView Of(EntitlementDecision e) => new(
        $"outcome-{e.Kind}", PlainWords.Words(e.Kind.ToString()), e.Status.ToString(),
        e.Status switch { EntitlementStatus.Entitled => "yes", EntitlementStatus.NotEntitled => "no", _ => "open" },
        e.AmountRub is { } rub ? PlainWords.Amount(rub, e.Period) : null, e.UndeterminedReason, e.Findings);

    /// <summary>An obligation (for the applicant, owing is the heavy side: it reads as <c>no</c>).</summary>
    public static OutcomeView Of(ObligationDecision o) => new(
        $"outcome-{o.Kind}", PlainWords.Words(o.Kind.ToString()), o.Status.ToString(),
        o.Status switch { ObligationStatus.NotOwed => "yes", ObligationStatus.Owed => "no", _ => "open" },
        o.AmountRub is { } rub ? PlainWords.Amount(rub, null) : null, o.UndeterminedReason, o.Findings);

    /// <summary>The service (its training end and duties are shown beside it).</summary>
    public static OutcomeView Of(ServiceDecision s) => new(
        "outcome-Service", "Service", s.Phase.ToString(),
        s.Phase switch { ServicePhase.Training or ServicePhase.Assigned => "yes", ServicePhase.Undetermined => "open", _ => "no" },
        null, s.UndeterminedReason, s.Findings);
}
