using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C10 (Bryansk, I1): an annual (12-month) contract brings a one-time payment of 300,000.</summary>
[UsesParameters(Parameter.AnnualContractMonths, Parameter.AnnualContractPaymentRub)]
[Name("Payment.OneTimePaymentAnnualContract")]
[Description("A member who signs an annual (12-month) contract receives the region's one-time payment for it.")]
[Tag("C10")]
[Tag("I1")]
internal sealed class OneTimePaymentAnnualContract : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember,
            x => x.Case.Parameters.AnnualContractPayment != null,
            x => x.Case.HasContract,
            x => x.Case.Contract!.Months == x.Case.Parameters.AnnualContractMonths.AsInt);
        Then().Do(ctx => Decide.Entitled(ctx, m.Case, EntitlementKind.OneTimePayment, m.Case.Parameters.AnnualContractPayment!, PaymentPeriod.Once,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) =>
        $"An annual contract of {c.Contract!.Months} months in {c.Region} brings a one-time payment of {c.Parameters.AnnualContractPayment!.Value:N0} roubles.";
}
