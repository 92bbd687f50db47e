using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.RuleModel;

namespace Bars.Policy.Rules;

/// <summary>
/// What rule actions call to record a decision: each builds the finding (rule name from the firing rule, claims and
/// quote from the citation), writes it to the evaluation's <see cref="DecisionSheet"/> and inserts the fact that later
/// rules match, in one call. The shipped rules use it directly; a host's rules through <see cref="Decide"/>.
/// </summary>
internal static class Recorder
{
    /// <summary>The sheet of the session the action runs in.</summary>
    public static DecisionSheet Sheet(IContext ctx) => (DecisionSheet)ctx.Resolve(typeof(DecisionSheet));

    /// <summary>A finding of the firing rule, citing <paramref name="citation"/> and quoting its words, and citing
    /// <paramref name="also"/> too (each once): the other claims it rests on.</summary>
    public static Finding Finding(IContext ctx, SourceCitation citation, FindingText text, params SourceCitation[] also)
    {
        // Fixed words: the rule's one finding for them, shared by every case (Engine.Anatomy.FixedFindings).
        if (text.Words is string words && ctx.Rule is Engine.Anatomy.RuleAnatomy rule)
        {
            return rule.Fixed.Find(citation, words, also) ?? rule.Fixed.Keep(Made(ctx, citation, text, also));
        }

        return Made(ctx, citation, text, also);
    }

    private static Finding Made(IContext ctx, SourceCitation citation, FindingText text, SourceCitation[] also)
    {
        if (also.Length == 0) return new(ctx.Rule, citation.AsClaims(), text, citation.Quote);
        var ids = new string[1 + also.Length];
        ids[0] = citation.Id;
        var count = 1;
        foreach (var more in also)
        {
            if (Array.IndexOf(ids, more.Id, 0, count) < 0) ids[count++] = more.Id;
        }

        if (count < ids.Length) Array.Resize(ref ids, count);
        return new(ctx.Rule, EquatableList<string>.Own(ids), text, citation.Quote);
    }

    // A decision's one finding, as the list it keeps (no copy; a shared finding's one list for every case).
    internal static EquatableList<Finding> One(Finding finding) => finding.Shared?.Alone ?? EquatableList<Finding>.Own([finding]);

    // An entitlement decided by its one finding alone, no amount, days or rates: a shared finding's one object for
    // every case (SharedFinding.Plain), else a new decision over `findings` (the finding's one list).
    internal static EntitlementDecision Plain(EntitlementKind kind, EntitlementStatus status, UndeterminedReason? reason, Finding finding, EquatableList<Finding> findings) =>
        finding.Shared?.Plain(kind, status, reason) ?? new EntitlementDecision(kind, status, null, null, reason, findings);

    // Enlistment: conditions are met, make the applicant Ineligible, or are left open; the outcome rule combines them.
    [Engine.Anatomy.Records("enlistment condition")]
    public static void ConditionMet(IContext ctx, SourceCitation citation, FindingText text, params SourceCitation[] also) =>
        Sheet(ctx).ConditionMet(Finding(ctx, citation, text, also));

    [Engine.Anatomy.Records("enlistment condition")]
    public static void Ineligible(IContext ctx, SourceCitation citation, FindingText text, params SourceCitation[] also) =>
        Sheet(ctx).Ineligible(Finding(ctx, citation, text, also));

    [Engine.Anatomy.Records("enlistment condition")]
    public static void EnlistmentUndetermined(IContext ctx, UndeterminedReason reason, SourceCitation citation, FindingText text) =>
        Sheet(ctx).Undetermined(reason, Finding(ctx, citation, text));

    [Engine.Anatomy.Records("enlistment outcome")]
    public static void Enlistment(IContext ctx, EnlistmentOutcome outcome, UndeterminedReason? reason, IReadOnlyList<Finding> decisive) =>
        ctx.Insert(Sheet(ctx).RecordEnlistment(outcome, reason, decisive));

    [Engine.Anatomy.Records("enlistment outcome")]
    public static void Enlistment(IContext ctx, (EnlistmentOutcome Outcome, UndeterminedReason? Reason, IReadOnlyList<Finding> Decisive) combined) =>
        Enlistment(ctx, combined.Outcome, combined.Reason, combined.Decisive);

    // Entitlements, each with the period it covers (I8).
    public static void Entitled(IContext ctx, EntitlementKind kind, ParameterValue amount, PaymentPeriod period, DateOnly? from, DateOnly? to, FindingText text, params SourceCitation[] also) =>
        Entitlement(ctx, new EntitlementDecision(kind, EntitlementStatus.Entitled, amount.Value, period, null, One(Finding(ctx, amount.Citation, text, also)), null, from, to));

    public static void Entitled(IContext ctx, EntitlementKind kind, ParameterValue amount, PaymentPeriod period, ContractTerm days, IReadOnlyList<RatePeriod>? rates, FindingText text) =>
        Entitlement(ctx, new EntitlementDecision(kind, EntitlementStatus.Entitled, amount.Value, period, null, One(Finding(ctx, amount.Citation, text)), null, days.Start, days.End, rates));

    public static void Entitled(IContext ctx, EntitlementKind kind, decimal? amountRub, PaymentPeriod? period, DateOnly? from, DateOnly? to, SourceCitation citation, FindingText text) =>
        Entitlement(ctx, new EntitlementDecision(kind, EntitlementStatus.Entitled, amountRub, amountRub is null ? null : period, null, One(Finding(ctx, citation, text)), null, from, to));

    public static void NotEntitled(IContext ctx, EntitlementKind kind, SourceCitation citation, FindingText text, DateOnly? from = null, DateOnly? to = null, params SourceCitation[] also) =>
        Entitlement(ctx, new EntitlementDecision(kind, EntitlementStatus.NotEntitled, null, null, null, One(Finding(ctx, citation, text, also)), null, from, to));

    public static void NotApplicable(IContext ctx, EntitlementKind kind, SourceCitation citation, FindingText text, params SourceCitation[] also) =>
        Entitlement(ctx, new EntitlementDecision(kind, EntitlementStatus.NotApplicable, null, null, null, One(Finding(ctx, citation, text, also))));

    public static void Undetermined(IContext ctx, EntitlementKind kind, UndeterminedReason reason, SourceCitation citation, FindingText text, params SourceCitation[] also) =>
        Entitlement(ctx, new EntitlementDecision(kind, EntitlementStatus.Undetermined, null, null, reason, One(Finding(ctx, citation, text, also))));

    [Engine.Anatomy.Records("every entitlement")]
    public static void Entitlement(IContext ctx, EntitlementDecision decision) => ctx.Insert(Sheet(ctx).Record(decision));

    [Engine.Anatomy.Records("every entitlement")]
    public static void Entitlements(IContext ctx, List<EntitlementDecision> decisions)
    {
        foreach (var decision in decisions) Entitlement(ctx, decision);
    }

    // Obligations, each from the day it follows (I8): no rule matches one, so nothing is inserted.
    public static void Owed(IContext ctx, ObligationKind kind, decimal amount, DateOnly? from, SourceCitation citation, FindingText text, params SourceCitation[] also) =>
        Sheet(ctx).Record(new ObligationDecision(kind, ObligationStatus.Owed, amount, null, One(Finding(ctx, citation, text, also)), null, from));

    // Not owed with no amount or day: a shared finding's one object for every case (SharedFinding.NotOwed).
    public static void NotOwed(IContext ctx, ObligationKind kind, SourceCitation citation, FindingText text)
    {
        var finding = Finding(ctx, citation, text);
        Sheet(ctx).Record(finding.Shared?.NotOwed(kind) ?? new ObligationDecision(kind, ObligationStatus.NotOwed, null, null, One(finding)));
    }

    public static void Undetermined(IContext ctx, ObligationKind kind, UndeterminedReason reason, DateOnly? from, SourceCitation citation, FindingText text, params SourceCitation[] also) =>
        Sheet(ctx).Record(new ObligationDecision(kind, ObligationStatus.Undetermined, null, reason, One(Finding(ctx, citation, text, also)), null, from));

    // Service: the phase with its own days; the fact inserted lets the duties rules match the phase (I10).
    [Engine.Anatomy.Records("service phase")]
    public static void Phase(IContext ctx, ServicePhase phase, DateOnly? trainingEndsOn, DateOnly? from, DateOnly? to, SourceCitation citation, FindingText text, params SourceCitation[] also) =>
        ctx.Insert(Sheet(ctx).RecordPhase(phase, null, trainingEndsOn, from, to, Finding(ctx, citation, text, also)));

    [Engine.Anatomy.Records("service phase")]
    public static void PhaseOutsideService(IContext ctx, Membership m, ServicePhase phase, FindingText text) =>
        ctx.Insert(Sheet(ctx).RecordPhase(phase, m.Reason, null, null, null, FindingOfEnlistment(ctx, m, text)));

    [Engine.Anatomy.Records("war zone deployment")]
    public static void WarZoneDeployment(IContext ctx, DeploymentStatus status, UndeterminedReason? reason, SourceCitation citation, FindingText text, params SourceCitation[] also)
    {
        // Decided by its one finding alone: a shared finding's one object for every case (SharedFinding.Deployment).
        var finding = Finding(ctx, citation, text, also);
        Sheet(ctx).RecordDeployment(finding.Shared?.Deployment(status, reason) ?? new DeploymentDecision(status, reason, One(finding)));
    }

    /// <summary>A finding that rests on the enlistment outcome: it cites the claims that decided it and quotes the
    /// first of them (I4).</summary>
    public static Finding FindingOfEnlistment(IContext ctx, Membership m, FindingText text)
    {
        var quote = m.Decisive[0].Quote;
        if (text.Words is string words && ctx.Rule is Engine.Anatomy.RuleAnatomy rule)
        {
            // Found by the decisive findings' claims read in place: the case's list of them is made only to keep a new one.
            return rule.Fixed.Find(m.Decisive, quote, words) ?? rule.Fixed.Keep(new(ctx.Rule, m.DecisiveClaims, text, quote));
        }

        return new(ctx.Rule, m.DecisiveClaims, text, quote);
    }

    [Engine.Anatomy.Records("duties")]
    public static void Duties(IContext ctx, SourceCitation citation, IReadOnlyList<string> duties, FindingText text) =>
        Sheet(ctx).AddDuties(duties, Finding(ctx, citation, text));
}
