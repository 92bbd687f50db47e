using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C5: compensation is for an injury on duty; none on duty, none due.</summary>
[Name("Payment.InjuryCompensationNoInjuryOnDuty")]
[Description("A member with no injury on duty (none, or only off duty) is not entitled to the compensation.")]
[Tag("C5")]
[Tag("I2")]
internal sealed class InjuryCompensationNoInjuryOnDuty : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted,
            x => x.Case.Stated(Parameter.InjuryOnDutyCompensationRub) != null,
            x => x.Case.OnDutyInjuries == 0);
        Then().Do(ctx => Recorder.NotEntitled(ctx, EntitlementKind.InjuryCompensation, Claims.C5,
            "The compensation is for an injury on duty, and the member has none on duty."));
    }
}
