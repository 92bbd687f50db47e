namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// One answer of a decision as the page shows it (the enlistment, an entitlement, the obligation, the service, the war
/// zone question): what it is about, its status on the as-of date, the days it covers (I8), its amount and rates, why
/// it is Undetermined, and the findings that decided it.
/// </summary>
/// <param name="Id">The element id of its section (<c>outcome-MonthlyPay</c>).</param>
/// <param name="Title">What it is about, in words.</param>
/// <param name="Status">The status as the contract names it (<c>Ineligible</c>, <c>NotEntitled</c>).</param>
/// <param name="Tone">How it reads for the applicant: <c>yes</c>, <c>no</c>, <c>open</c> (Undetermined) or <c>none</c>
/// (the question does not arise, or a phase that is neither for nor against him); the colour follows it.</param>
/// <param name="Amount">The amount in words, when there is one.</param>
/// <param name="Reason">Why it is Undetermined, when it is.</param>
/// <param name="Findings">The findings, in the order the rules fired.</param>
internal sealed record OutcomeView(string Id, string Title, string Status, string Tone, string? Amount, UndeterminedReason? Reason, IReadOnlyList<Finding> Findings)
{
    /// <summary>The status in words (<c>Not entitled</c>; <c>Does not arise</c> for NotApplicable).</summary>
    public string StatusWords => PlainWords.Status(Status);

    /// <summary>The days it covers (I8), or null.</summary>
    public OutcomePeriod? Period { get; init; }

    /// <summary>How <see cref="Period"/> is introduced (<c>Covers the days</c>, <c>Owed</c>, <c>This phase</c>).</summary>
    public string PeriodLabel { get; init; } = "Covers the days";

    /// <summary>Monthly pay's rate periods when its rate changes within the membership (I9); empty otherwise.</summary>
    public IReadOnlyList<RatePeriod> Rates { get; init; } = [];

    /// <summary>The enlistment.</summary>
    public static OutcomeView Of(EnlistmentDecision e) => new(
        "outcome-Enlistment", "Enlistment", e.Outcome.ToString(),
        e.Outcome switch { EnlistmentOutcome.Eligible => "yes", EnlistmentOutcome.Ineligible => "no", _ => "open" },
        null, e.UndeterminedReason, e.Findings);

    /// <summary>An entitlement: an open end is "for good" (a status, a compensation from the injury's day).</summary>
    public static OutcomeView Of(EntitlementDecision e) => new(
        $"outcome-{e.Kind}", PlainWords.Words(e.Kind.ToString()), e.Status.ToString(),
        e.Status switch
        {
            EntitlementStatus.Entitled => "yes",
            EntitlementStatus.NotEntitled => "no",
            EntitlementStatus.NotApplicable => "none",
            _ => "open",
        },
        e.AmountRub is { } rub ? PlainWords.Amount(rub, e.Period) : null, e.UndeterminedReason, e.Findings)
    {
        Period = OutcomePeriod.Of(e.From, e.To, forGood: true),
        Rates = e.Rates,
    };

    /// <summary>An obligation (for the applicant, owing is the heavy side: it reads as <c>no</c>), from the termination's day.</summary>
    public static OutcomeView Of(ObligationDecision o) => new(
        $"outcome-{o.Kind}", PlainWords.Words(o.Kind.ToString()), o.Status.ToString(),
        o.Status switch { ObligationStatus.NotOwed => "yes", ObligationStatus.Owed => "no", _ => "open" },
        o.AmountRub is { } rub ? PlainWords.Amount(rub, null) : null, o.UndeterminedReason, o.Findings)
    {
        Period = OutcomePeriod.Of(o.From, null, forGood: false),
        PeriodLabel = "From the termination",
    };

    /// <summary>The service's phase with its days (its training end and duties are shown beside it). A member's phase
    /// reads <c>yes</c>, not being a member <c>no</c>; a contract not begun, over or ended early, or none, is neither.</summary>
    public static OutcomeView Of(ServiceDecision s) => new(
        "outcome-Service", "Service", s.Phase.ToString(),
        s.Phase switch
        {
            ServicePhase.Training or ServicePhase.Assigned => "yes",
            ServicePhase.NotMember => "no",
            ServicePhase.Undetermined => "open",
            _ => "none",
        },
        null, s.UndeterminedReason, s.Findings)
    {
        Period = OutcomePeriod.Of(s.From, s.To, forGood: false),
        PeriodLabel = "This phase",
    };

    /// <summary>Whether members may be deployed to the war zone (C21): a question about the unit, neither for nor against the applicant.</summary>
    public static OutcomeView Of(DeploymentDecision w) => new(
        "outcome-WarZoneDeployment", "Deployment to the war zone", w.Status.ToString(),
        w.Status == DeploymentStatus.Undetermined ? "open" : "none",
        null, w.UndeterminedReason, w.Findings);
}
