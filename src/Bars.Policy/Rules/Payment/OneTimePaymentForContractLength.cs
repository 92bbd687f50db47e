using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>
/// C10: a member whose contract has the length <paramref name="months"/> names receives the one-time payment
/// <paramref name="payment"/> names, where the region states one.
/// </summary>
/// <param name="months">The parameter giving the contract's length in months.</param>
/// <param name="payment">The parameter giving the payment for it.</param>
internal abstract class OneTimePaymentForContractLength(Parameter months, Parameter payment) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember,
            x => x.Case.Stated(payment) != null,
            x => x.Case.HasContract,
            x => x.Case.Contract!.Months == x.Case.Whole(months));
        Then().Do(ctx => Recorder.Entitled(ctx, EntitlementKind.OneTimePayment, m.Case.Stated(payment)!, PaymentPeriod.Once, Text(m.Case, m.Case.Stated(payment)!.Value),
            m.Case.Stated(months)!.Citation));
    }

    /// <summary>The finding's words for the case and the amount.</summary>
    protected abstract string Text(CaseFacts c, decimal amountRub);
}
