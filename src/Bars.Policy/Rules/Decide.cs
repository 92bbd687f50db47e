using NRules.RuleModel;

namespace Bars.Policy.Rules;

/// <summary>
/// What a host's rule actions call to record a decision, cited by the host's own source: each call writes the
/// evaluation's decision and inserts the fact later rules match (<see cref="Facts.Membership"/>,
/// <see cref="Facts.EntitlementResult"/>). A decision already recorded by another rule is a clash and throws.
/// </summary>
/// <example>
/// <code>
/// Then().Do(ctx => Decide.Ineligible(ctx, Order1, "Testland does not enlist applicants with a conviction."));
/// </code>
/// </example>
public static class Decide
{
    /// <summary>An enlistment condition is met; the other conditions decide.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    [Engine.Anatomy.Records("enlistment condition")]
    public static void ConditionMet(IContext ctx, SourceCitation citation, string text) =>
        Recorder.ConditionMet(Checked(ctx), Checked(citation), text);

    /// <summary>An enlistment condition makes the applicant Ineligible.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    [Engine.Anatomy.Records("enlistment condition")]
    public static void Ineligible(IContext ctx, SourceCitation citation, string text) =>
        Recorder.Ineligible(Checked(ctx), Checked(citation), text);

    /// <summary>An enlistment condition the source leaves open: the outcome is Undetermined unless another condition
    /// makes the applicant Ineligible.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="reason">Why it is open.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    [Engine.Anatomy.Records("enlistment condition")]
    public static void EnlistmentUndetermined(IContext ctx, UndeterminedReason reason, SourceCitation citation, string text) =>
        Recorder.EnlistmentUndetermined(Checked(ctx), reason, Checked(citation), text);

    /// <summary>A member is entitled, with an amount and its period when the entitlement is a payment.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="kind">The entitlement.</param>
    /// <param name="amountRub">The amount in roubles, or null for an entitlement that is not a payment; from 0 to a
    /// trillion, as a parameter's (<see cref="ArgumentOutOfRangeException"/> otherwise).</param>
    /// <param name="period">How often the amount is paid; ignored without an amount.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    public static void Entitled(IContext ctx, EntitlementKind kind, decimal? amountRub, PaymentPeriod? period, SourceCitation citation, string text) =>
        Recorder.Entitled(Checked(ctx), kind, Bounded(amountRub), period, null, null, Checked(citation), text);

    /// <summary>A member is entitled over a period (I8): monthly pay over the membership, a status from a day on.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="kind">The entitlement.</param>
    /// <param name="amountRub">The amount in roubles, or null for an entitlement that is not a payment; from 0 to a
    /// trillion, as a parameter's (<see cref="ArgumentOutOfRangeException"/> otherwise).</param>
    /// <param name="period">How often the amount is paid; ignored without an amount.</param>
    /// <param name="from">The first day it covers, or null.</param>
    /// <param name="to">The last day it covers, or null when open-ended.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    public static void Entitled(IContext ctx, EntitlementKind kind, decimal? amountRub, PaymentPeriod? period, DateOnly? from, DateOnly? to, SourceCitation citation, string text) =>
        Recorder.Entitled(Checked(ctx), kind, Bounded(amountRub), period, from, to, Checked(citation), text);

    /// <summary>The question does not arise for this case (I8): for example a public position, for someone who holds none.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="kind">The entitlement.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    public static void NotApplicable(IContext ctx, EntitlementKind kind, SourceCitation citation, string text) =>
        Recorder.NotApplicable(Checked(ctx), kind, Checked(citation), text);

    /// <summary>A member is not entitled.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="kind">The entitlement.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    public static void NotEntitled(IContext ctx, EntitlementKind kind, SourceCitation citation, string text) =>
        Recorder.NotEntitled(Checked(ctx), kind, Checked(citation), text);

    /// <summary>The entitlement cannot be decided.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="kind">The entitlement.</param>
    /// <param name="reason">Why it cannot.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    public static void Undetermined(IContext ctx, EntitlementKind kind, UndeterminedReason reason, SourceCitation citation, string text) =>
        Recorder.Undetermined(Checked(ctx), kind, reason, Checked(citation), text);

    /// <summary>The region's unit performs these duties.</summary>
    /// <param name="ctx">The firing rule's context.</param>
    /// <param name="citation">The host's source.</param>
    /// <param name="duties">The duties, each in a few words.</param>
    /// <param name="text">What the rule found, in plain words.</param>
    [Engine.Anatomy.Records("duties")]
    public static void Duties(IContext ctx, SourceCitation citation, IReadOnlyList<string> duties, string text)
    {
        ArgumentNullException.ThrowIfNull(duties);
        Recorder.Duties(Checked(ctx), Checked(citation), duties, text);
    }

    // The bounds of a host's parameter amounts (PolicyBuild.MaxAmountRub): a rule cannot decide what a value could not be.
    private static decimal? Bounded(decimal? amountRub) =>
        amountRub is { } a && (a < 0 || a > Engine.PolicyBuild.MaxAmountRub)
            ? throw new ArgumentOutOfRangeException(nameof(amountRub), a, $"An amount of {a.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture)} roubles is outside 0 to {Engine.PolicyBuild.MaxAmountRub.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)}, the amounts the engine accepts (as for a parameter's value).")
            : amountRub;

    private static T Checked<T>(T value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return value;
    }
}
