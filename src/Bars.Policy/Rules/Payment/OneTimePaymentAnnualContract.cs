using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C10 (Bryansk, I1): an annual contract brings the region's one-time payment.</summary>
[Name("Payment.OneTimePaymentAnnualContract")]
[Description("A member who signs an annual contract (AnnualContractMonths) receives the region's one-time payment for it.")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentAnnualContract() : OneTimePaymentForContractLength(Parameter.AnnualContractMonths, Parameter.AnnualContractPaymentRub)
{
    internal override FindingText Text(CaseFacts c, decimal amountRub) => FindingText.Of((c, amountRub), static t =>
        $"An annual contract of {t.c.Contract!.Months} months in {t.c.Region} brings a one-time payment of {t.amountRub:N0} roubles.");
}
