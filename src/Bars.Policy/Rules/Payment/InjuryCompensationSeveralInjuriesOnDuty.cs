using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C5: the source speaks of "an injury"; whether several injuries bring several payments is not said.</summary>
[Name("Payment.InjuryCompensationSeveralInjuriesOnDuty")]
[Description("A member injured on duty more than once: the source states the compensation for an injury and is silent on several, so the amount is Undetermined.")]
[Tag("C5")]
[Tag("I2")]
internal sealed class InjuryCompensationSeveralInjuriesOnDuty : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted,
            x => x.Case.Stated(Parameter.InjuryOnDutyCompensationRub) != null,
            x => x.Case.OnDutyInjuries > 1);
        Then().Do(ctx => Recorder.Undetermined(ctx, EntitlementKind.InjuryCompensation, UndeterminedReason.SourceSilent, Claims.C5,
            Text(m.Case)));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The member was injured on duty {c.OnDutyInjuries} times; the source states the compensation for an injury and does not say whether each injury brings one.");
}
