using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.RuleModel;

namespace Bars.Policy.Rules;

/// <summary>
/// What rule actions call to record a decision: each builds the finding (rule name from the firing rule, claims
/// and quote from the citation), writes it to the case's sheet and, where later rules depend on it, inserts it
/// as a fact.
/// </summary>
internal static class Decide
{
    public static Finding Finding(IContext ctx, Citation citation, string text) =>
        new(ctx.Rule.Name, citation.Claims, text, citation.Quote);

    // Enlistment: rules pass, bar or leave open; the outcome rule combines them.
    public static void Pass(IContext ctx, CaseFacts c, Citation citation, string text) =>
        c.Sheet.EnlistmentFindings.Add(Finding(ctx, citation, text));

    public static void Bar(IContext ctx, CaseFacts c, Citation citation, string text)
    {
        var finding = Finding(ctx, citation, text);
        c.Sheet.EnlistmentFindings.Add(finding);
        c.Sheet.Bars.Add(finding);
    }

    public static void Open(IContext ctx, CaseFacts c, UndeterminedReason reason, Citation citation, string text)
    {
        var finding = Finding(ctx, citation, text);
        c.Sheet.EnlistmentFindings.Add(finding);
        c.Sheet.OpenQuestions.Add((reason, finding));
    }

    // Entitlements.
    public static void Entitled(IContext ctx, CaseFacts c, EntitlementKind kind, PolicyParameter amount, PaymentPeriod period, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.Entitled, amount.Value, period, null, [Finding(ctx, amount.Citation, text)]));

    public static void Entitled(IContext ctx, CaseFacts c, EntitlementKind kind, Citation citation, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.Entitled, null, null, null, [Finding(ctx, citation, text)]));

    public static void NotEntitled(IContext ctx, CaseFacts c, EntitlementKind kind, Citation citation, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.NotEntitled, null, null, null, [Finding(ctx, citation, text)]));

    public static void Undetermined(IContext ctx, CaseFacts c, EntitlementKind kind, UndeterminedReason reason, Citation citation, string text) =>
        Record(ctx, c, new EntitlementDecision(kind, EntitlementStatus.Undetermined, null, null, reason, [Finding(ctx, citation, text)]));

    public static void Record(IContext ctx, CaseFacts c, EntitlementDecision decision)
    {
        c.Sheet.Set(decision);
        ctx.Insert(new EntitlementResult(c, decision));
    }

    // Obligations.
    public static void Owed(IContext ctx, CaseFacts c, ObligationKind kind, decimal amount, Citation citation, string text) =>
        Record(ctx, c, new ObligationDecision(kind, ObligationStatus.Owed, amount, null, [Finding(ctx, citation, text)]));

    public static void NotOwed(IContext ctx, CaseFacts c, ObligationKind kind, Citation citation, string text) =>
        Record(ctx, c, new ObligationDecision(kind, ObligationStatus.NotOwed, null, null, [Finding(ctx, citation, text)]));

    public static void Undetermined(IContext ctx, CaseFacts c, ObligationKind kind, UndeterminedReason reason, Citation citation, string text) =>
        Record(ctx, c, new ObligationDecision(kind, ObligationStatus.Undetermined, null, reason, [Finding(ctx, citation, text)]));

    // No rule matches an obligation, so it is not inserted as a fact: the sheet is enough.
    public static void Record(IContext ctx, CaseFacts c, ObligationDecision decision) => c.Sheet.Set(decision);

    // Service.
    public static void Phase(IContext ctx, CaseFacts c, ServicePhase phase, string text) =>
        c.Sheet.SetPhase(phase, Finding(ctx, Citations.C4, text));

    public static void Duties(IContext ctx, CaseFacts c, Citation citation, string[] duties, string text)
    {
        c.Sheet.Duties.AddRange(duties);
        c.Sheet.ServiceFindings.Add(Finding(ctx, citation, text));
    }
}
