using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>
/// C10: an enlisted applicant whose contract has the length <paramref name="months"/> names receives the one-time
/// payment <paramref name="payment"/> names, where the region states one: it is for signing ("those who sign"), so it
/// is due before, during and after the term (I8), at the values in force on the contract's start.
/// </summary>
/// <param name="months">The parameter giving the contract's length in months.</param>
/// <param name="payment">The parameter giving the payment for it.</param>
internal abstract class OneTimePaymentForContractLength(Parameter months, Parameter payment) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted,
            x => x.Case.Stated(payment) != null,
            x => x.Case.Stated(months) != null,
            x => x.Case.Contract!.Months == x.Case.Stated(months)!.Value);
        Then().Do(ctx => Recorder.Entitled(ctx, EntitlementKind.OneTimePayment, m.Case.Stated(payment)!, PaymentPeriod.Once, null, null, Text(m.Case, m.Case.Stated(payment)!.Value),
            m.Case.Stated(months)!.Citation));
    }

    /// <summary>The finding's words for the case and the amount.</summary>
    internal abstract FindingText Text(CaseFacts c, decimal amountRub);
}
