using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C10: the source states the payment for annual and six-month contracts only; other lengths are open.</summary>
[UsesParameters(Parameter.AnnualContractMonths, Parameter.SixMonthContractMonths, Parameter.AnnualContractPaymentRub, Parameter.SixMonthContractPaymentRub)]
[Name("Payment.OneTimePaymentOtherContractLength")]
[Description("For a contract that is neither annual nor six months, the one-time payment is Undetermined (source silent).")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentOtherContractLength : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember,
            x => x.Case.Parameters.AnnualContractPayment != null || x.Case.Parameters.SixMonthContractPayment != null,
            x => x.Case.HasContract,
            x => x.Case.Contract!.Months != x.Case.Parameters.AnnualContractMonths.AsInt,
            x => x.Case.Contract!.Months != x.Case.Parameters.SixMonthContractMonths.AsInt);
        Then().Do(ctx => Decide.Undetermined(ctx, m.Case, EntitlementKind.OneTimePayment, UndeterminedReason.SourceSilent, Citations.C10,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) =>
        $"The source states the one-time payment for annual and six-month contracts only; this contract is {c.Contract!.Months} months.";
}
