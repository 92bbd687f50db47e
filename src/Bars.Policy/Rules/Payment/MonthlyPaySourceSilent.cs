using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>Default: where no rule states a monthly rate for the region (Kursk), monthly pay is Undetermined.</summary>
[KeepsDecisionsComplete]
[UsesParameters(Parameter.MonthlyPayRub)]
[Name("Payment.MonthlyPaySourceSilent")]
[Description("Where the source states no monthly rate for the region, a member's monthly pay is Undetermined (source silent).")]
[Tag("C8")]
[Tag("C9")]
[Priority(RulePriorities.SourceSilent)]
internal sealed class MonthlyPaySourceSilent : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember)
            .Not<EntitlementResult>(r => r.Kind == EntitlementKind.MonthlyPay);
        Then().Do(ctx => Decide.Undetermined(ctx, m.Case, EntitlementKind.MonthlyPay, UndeterminedReason.SourceSilent, Citations.C8C9,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) => $"The source states monthly rates for Belgorod (C8) and Bryansk (C9) only; it states none for {c.Region}.";
}
