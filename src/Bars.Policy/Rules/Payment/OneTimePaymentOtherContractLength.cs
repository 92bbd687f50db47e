using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C10: the source states the payment for annual and six-month contracts only; other lengths are open.</summary>
[Name("Payment.OneTimePaymentOtherContractLength")]
[Description("For a contract that is neither annual nor six months, the one-time payment is Undetermined (source silent).")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentOtherContractLength : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted,
            x => x.Case.Stated(Parameter.AnnualContractPaymentRub) != null || x.Case.Stated(Parameter.SixMonthContractPaymentRub) != null,
            x => x.Case.Stated(Parameter.AnnualContractMonths) == null || x.Case.Contract!.Months != x.Case.Stated(Parameter.AnnualContractMonths)!.Value,
            x => x.Case.Stated(Parameter.SixMonthContractMonths) == null || x.Case.Contract!.Months != x.Case.Stated(Parameter.SixMonthContractMonths)!.Value);
        Then().Do(ctx => Recorder.Undetermined(ctx, EntitlementKind.OneTimePayment, UndeterminedReason.SourceSilent, Claims.C10,
            Text(m.Case)));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The source states the one-time payment for annual and six-month contracts only; this contract is {c.Contract!.Months} months.");
}
