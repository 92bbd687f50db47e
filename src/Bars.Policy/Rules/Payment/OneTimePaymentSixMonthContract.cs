using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C10 (Bryansk, I1): a six-month contract brings half the annual payment.</summary>
[Name("Payment.OneTimePaymentSixMonthContract")]
[Description("A member who signs a six-month contract (SixMonthContractMonths) receives half the annual one-time payment.")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentSixMonthContract() : OneTimePaymentForContractLength(Parameter.SixMonthContractMonths, Parameter.SixMonthContractPaymentRub)
{
    internal override FindingText Text(CaseFacts c, decimal amountRub) => FindingText.Of((c, amountRub), static t =>
        $"A six-month contract in {t.c.Region} brings half the annual one-time payment: {t.amountRub:N0} roubles.");
}
