using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Payment;

/// <summary>C8 (Belgorod, 80,000) and C9 (Bryansk, 40,000): a member earns the region's monthly rate.</summary>
[Name("Payment.MonthlyPayAtRegionalRate")]
[Description("A member earns the monthly rate the source states for the region.")]
[Tag("C8")]
[Tag("C9")]
internal sealed class MonthlyPayAtRegionalRate : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.Stated(Parameter.MonthlyPayRub) != null);
        Then().Do(ctx => Recorder.Entitled(ctx, EntitlementKind.MonthlyPay, m.Case.Stated(Parameter.MonthlyPayRub)!, PaymentPeriod.Month,
            Text(m.Case)));
    }

    internal static string Text(CaseFacts c) => $"Members in {c.Region} earn {c.Stated(Parameter.MonthlyPayRub)!.Value:N0} roubles per month.";
}
