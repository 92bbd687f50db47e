using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C5 (Kursk, I2): a member injured on duty is entitled to 3,000,000, from the injury's day for good (I8).</summary>
[Name("Payment.InjuryCompensationForInjuryOnDuty")]
[Description("A member injured on duty receives the region's compensation for an injury on duty.")]
[Tag("C5")]
[Tag("I2")]
internal sealed class InjuryCompensationForInjuryOnDuty : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted,
            x => x.Case.Stated(Parameter.InjuryOnDutyCompensationRub) != null,
            x => x.Case.OnDutyInjuries == 1);
        Then().Do(ctx => Recorder.Entitled(ctx, EntitlementKind.InjuryCompensation, m.Case.Stated(Parameter.InjuryOnDutyCompensationRub)!, PaymentPeriod.Once,
            m.Case.FirstInjuryOnDuty, null, Text(m.Case)));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The member was injured on duty on {c.FirstInjuryOnDuty:yyyy-MM-dd}; from that day, whatever follows, members in {c.Region} are entitled to {c.Stated(Parameter.InjuryOnDutyCompensationRub)!.Value:N0} roubles for an injury on duty.");
}
