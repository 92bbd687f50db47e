using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>Default, I2: C5 was told by a Kursk office; elsewhere the source states no injury compensation.</summary>
[KeepsDecisionsComplete]
[UsesParameters(Parameter.InjuryOnDutyCompensationRub)]
[Name("Payment.InjuryCompensationSourceSilent")]
[Description("Where the source states no injury compensation for the region (I2: C5 is Kursk's), it is Undetermined (source silent).")]
[Tag("C5")]
[Tag("I2")]
[Priority(RulePriorities.SourceSilent)]
internal sealed class InjuryCompensationSourceSilent : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember)
            .Not<EntitlementResult>(r => r.Kind == EntitlementKind.InjuryCompensation);
        Then().Do(ctx => Decide.Undetermined(ctx, m.Case, EntitlementKind.InjuryCompensation, UndeterminedReason.SourceSilent, Citations.C5,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) =>
        $"Injury compensation was reported by a Kursk enlistment office and is read as Kursk's (I2); the source states none for {c.Region}.";
}
