using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C10: the payment depends on the contract's length; without a contract it cannot be told.</summary>
[Name("Payment.OneTimePaymentNoContract")]
[Description("Where the region pays a one-time payment but the case has no contract, the payment is Undetermined (missing input).")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentNoContract : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember,
            x => x.Case.Stated(Parameter.AnnualContractPaymentRub) != null || x.Case.Stated(Parameter.SixMonthContractPaymentRub) != null,
            x => !x.Case.HasContract);
        Then().Do(ctx => Recorder.Undetermined(ctx, EntitlementKind.OneTimePayment, UndeterminedReason.MissingInput, Claims.C10,
            "The one-time payment depends on the contract's length, and the case has no contract."));
    }
}
