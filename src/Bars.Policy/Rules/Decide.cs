using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.RuleModel;

namespace Bars.Policy.Rules;

/// <summary>
/// What rule actions call to record a decision: each builds the finding (rule name from the firing rule, claims
/// and quote from the citation), writes it to the case's sheet and, where later rules depend on it, inserts it
/// as a fact. A host's rules call the public overloads, which take the host's own <see cref="SourceCitation"/>.
/// </summary>
public static class Decide
{
    // The host's face: the same decisions, cited by the host's own source.

    /// <summary>An enlistment condition is met.</summary>
    public static void Pass(IContext ctx, CaseFacts c, SourceCitation citation, string text) => Pass(ctx, c, Of(citation), text);

    /// <summary>An enlistment condition bars the applicant: Ineligible.</summary>
    public static void Bar(IContext ctx, CaseFacts c, SourceCitation citation, string text) => Bar(ctx, c, Of(citation), text);

    /// <summary>An enlistment condition cannot be decided: Undetermined unless another condition bars the applicant.</summary>
    public static void Open(IContext ctx, CaseFacts c, UndeterminedReason reason, SourceCitation citation, string text) => Open(ctx, c, reason, Of(citation), text);

    /// <summary>A member is entitled, with an amount and its period when the entitlement is a payment.</summary>
    public static void Entitled(IContext ctx, CaseFacts c, EntitlementKind kind, decimal? amountRub, PaymentPeriod? period, SourceCitation citation, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.Entitled, amountRub, amountRub is null ? null : period, null, [Finding(ctx, Of(citation), text)]));

    /// <summary>A member is not entitled.</summary>
    public static void NotEntitled(IContext ctx, CaseFacts c, EntitlementKind kind, SourceCitation citation, string text) => NotEntitled(ctx, c, kind, Of(citation), text);

    /// <summary>The entitlement cannot be decided.</summary>
    public static void Undetermined(IContext ctx, CaseFacts c, EntitlementKind kind, UndeterminedReason reason, SourceCitation citation, string text) =>
        Undetermined(ctx, c, kind, reason, Of(citation), text);

    /// <summary>The region's unit performs these duties.</summary>
    public static void Duties(IContext ctx, CaseFacts c, SourceCitation citation, string[] duties, string text) => Duties(ctx, c, Of(citation), duties, text);

    private static Citation Of(SourceCitation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return new Citation([citation.Id], citation.Quote);
    }

    // The library's own rules: cited by claims of the shipped source.

    internal static Finding Finding(IContext ctx, Citation citation, string text) =>
        new(ctx.Rule.Name, citation.Claims, text, citation.Quote);

    // Enlistment: rules pass, bar or leave open; the outcome rule combines them.
    internal static void Pass(IContext ctx, CaseFacts c, Citation citation, string text) =>
        c.Sheet.EnlistmentFindings.Add(Finding(ctx, citation, text));

    internal static void Bar(IContext ctx, CaseFacts c, Citation citation, string text)
    {
        var finding = Finding(ctx, citation, text);
        c.Sheet.EnlistmentFindings.Add(finding);
        c.Sheet.Bars.Add(finding);
    }

    internal static void Open(IContext ctx, CaseFacts c, UndeterminedReason reason, Citation citation, string text)
    {
        var finding = Finding(ctx, citation, text);
        c.Sheet.EnlistmentFindings.Add(finding);
        c.Sheet.OpenQuestions.Add((reason, finding));
    }

    // Entitlements.
    internal static void Entitled(IContext ctx, CaseFacts c, EntitlementKind kind, ParameterValue amount, PaymentPeriod period, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.Entitled, amount.Value, period, null, [Finding(ctx, amount.Citation, text)]));

    internal static void Entitled(IContext ctx, CaseFacts c, EntitlementKind kind, Citation citation, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.Entitled, null, null, null, [Finding(ctx, citation, text)]));

    internal static void NotEntitled(IContext ctx, CaseFacts c, EntitlementKind kind, Citation citation, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.NotEntitled, null, null, null, [Finding(ctx, citation, text)]));

    internal static void Undetermined(IContext ctx, CaseFacts c, EntitlementKind kind, UndeterminedReason reason, Citation citation, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.Undetermined, null, null, reason, [Finding(ctx, citation, text)]));

    internal static void Record(IContext ctx, CaseFacts c, EntitlementDecision decision)
    {
        c.Sheet.Set(decision);
        ctx.Insert(new EntitlementResult(c, decision));
    }

    // Obligations.
    internal static void Owed(IContext ctx, CaseFacts c, ObligationKind kind, decimal amount, Citation citation, string text) =>
        Record(ctx, c, new ObligationDecision(kind, ObligationStatus.Owed, amount, null, [Finding(ctx, citation, text)]));

    internal static void NotOwed(IContext ctx, CaseFacts c, ObligationKind kind, Citation citation, string text) =>
        Record(ctx, c, new ObligationDecision(kind, ObligationStatus.NotOwed, null, null, [Finding(ctx, citation, text)]));

    internal static void Undetermined(IContext ctx, CaseFacts c, ObligationKind kind, UndeterminedReason reason, Citation citation, string text) =>
        Record(ctx, c, new ObligationDecision(kind, ObligationStatus.Undetermined, null, reason, [Finding(ctx, citation, text)]));

    // No rule matches an obligation, so it is not inserted as a fact: the sheet is enough.
    internal static void Record(IContext ctx, CaseFacts c, ObligationDecision decision) => c.Sheet.Set(decision);

    // Service.
    internal static void Phase(IContext ctx, CaseFacts c, ServicePhase phase, string text) =>
        c.Sheet.SetPhase(phase, Finding(ctx, Citations.C4, text));

    internal static void Duties(IContext ctx, CaseFacts c, Citation citation, string[] duties, string text)
    {
        c.Sheet.Duties.AddRange(duties);
        c.Sheet.ServiceFindings.Add(Finding(ctx, citation, text));
    }
}
