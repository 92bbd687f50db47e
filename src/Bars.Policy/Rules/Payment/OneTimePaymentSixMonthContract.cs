using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C10 (Bryansk, I1): a six-month contract brings half the annual payment, 150,000.</summary>
[UsesParameters(Parameter.SixMonthContractMonths, Parameter.SixMonthContractPaymentRub)]
[Name("Payment.OneTimePaymentSixMonthContract")]
[Description("A member who signs a six-month contract receives half the annual one-time payment.")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentSixMonthContract : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember,
            x => x.Case.Parameters.SixMonthContractPayment != null,
            x => x.Case.HasContract,
            x => x.Case.Contract!.Months == x.Case.Parameters.SixMonthContractMonths.AsInt);
        Then().Do(ctx => Decide.Entitled(ctx, m.Case, EntitlementKind.OneTimePayment, m.Case.Parameters.SixMonthContractPayment!, PaymentPeriod.Once,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) =>
        $"A six-month contract in {c.Region} brings half the annual one-time payment: {c.Parameters.SixMonthContractPayment!.Value:N0} roubles.";
}
