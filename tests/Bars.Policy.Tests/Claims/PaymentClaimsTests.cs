using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Claims;

/// <summary>Monthly rates (C8, C9), the one-time payment (C10, I1) and injury compensation (C5, I2).</summary>
public sealed class PaymentClaimsTests
{
    private static EntitlementDecision Get(PolicyCase c, EntitlementKind kind) => TestEngine.Evaluate(c).Entitlement(kind);

    [Fact]
    public void C8_Belgorod_members_earn_80000_roubles_a_month()
    {
        var pay = Get(In(Regions.Belgorod), EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Entitled, pay.Status);
        Assert.Equal(80_000m, pay.AmountRub);
        Assert.Equal(PaymentPeriod.Month, pay.Period);
        var f = Assert.Single(pay.Findings);
        Assert.Equal(["C8"], f.Claims);
        Assert.Contains("80,000 rubles per month", f.Quote);
    }

    [Fact]
    public void C9_Bryansk_members_earn_40000_roubles_a_month()
    {
        var pay = Get(In(Regions.Bryansk), EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Entitled, pay.Status);
        Assert.Equal(40_000m, pay.AmountRub);
        Assert.Equal(PaymentPeriod.Month, pay.Period);
        Assert.Equal(["C9"], Assert.Single(pay.Findings).Claims);
    }

    [Fact]
    public void C9_I7_the_monthly_rate_is_a_members_and_there_is_none_without_a_contract()
    {
        var pay = Get(WithoutContract(Regions.Bryansk), EntitlementKind.MonthlyPay);
        Assert.Equal((EntitlementStatus.NotEntitled, (decimal?)null), (pay.Status, pay.AmountRub));
        Assert.Equal(["I7"], Assert.Single(pay.Findings).Claims);
        var member = Get(In(Regions.Bryansk), EntitlementKind.MonthlyPay);
        Assert.Equal((EntitlementStatus.Entitled, 40_000m), (member.Status, member.AmountRub));
    }

    [Fact]
    public void Silence_Kursk_monthly_pay_is_undetermined()
    {
        var pay = Get(In(Regions.Kursk), EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Undetermined, pay.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, pay.UndeterminedReason);
        Assert.Null(pay.AmountRub);
        Assert.Null(pay.Period);
        Assert.Equal("Payment.MonthlyPaySourceSilent", Assert.Single(pay.Findings).RuleId);
    }

    [Theory]
    [InlineData(12, 300_000)]
    [InlineData(6, 150_000)]
    public void C10_Bryansk_one_time_payment_for_annual_and_six_month_contracts(int months, int expected)
    {
        var once = Get(In(Regions.Bryansk, contract: Contract(months)), EntitlementKind.OneTimePayment);
        Assert.Equal(EntitlementStatus.Entitled, once.Status);
        Assert.Equal(expected, once.AmountRub);
        Assert.Equal(PaymentPeriod.Once, once.Period);
        var f = Assert.Single(once.Findings);
        Assert.Equal(["C10"], f.Claims);
        Assert.Contains("one-time payment of 300,000 rubles, or half that amount for a six-month contract", f.Quote);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(9)]
    [InlineData(11)]
    [InlineData(13)]
    [InlineData(24)]
    public void C10_other_contract_lengths_are_undetermined_because_the_source_is_silent(int months)
    {
        var once = Get(In(Regions.Bryansk, contract: Contract(months)), EntitlementKind.OneTimePayment);
        Assert.Equal(EntitlementStatus.Undetermined, once.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, once.UndeterminedReason);
        Assert.Null(once.AmountRub);
        Assert.Equal("Payment.OneTimePaymentOtherContractLength", Assert.Single(once.Findings).RuleId);
    }

    [Fact]
    public void C10_I7_without_a_contract_nothing_was_signed_so_no_one_time_payment_is_due()
    {
        var once = Get(WithoutContract(Regions.Bryansk), EntitlementKind.OneTimePayment);
        Assert.Equal(EntitlementStatus.NotEntitled, once.Status);
        Assert.Null(once.UndeterminedReason);
    }

    [Theory]
    [InlineData(Regions.Belgorod)]
    [InlineData(Regions.Kursk)]
    public void I1_the_one_time_payment_is_read_as_Bryansk_s_elsewhere_it_is_undetermined(string region)
    {
        var once = Get(In(region, contract: Contract(12)), EntitlementKind.OneTimePayment);
        Assert.Equal(EntitlementStatus.Undetermined, once.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, once.UndeterminedReason);
        var f = Assert.Single(once.Findings);
        Assert.Equal("Payment.OneTimePaymentSourceSilent", f.RuleId);
        Assert.Contains("(I1)", f.Text);
    }

    [Fact]
    public void C5_a_Kursk_member_injured_on_duty_is_entitled_to_3000000_roubles()
    {
        var comp = Get(In(Regions.Kursk, injuries: [OnDuty()]), EntitlementKind.InjuryCompensation);
        Assert.Equal(EntitlementStatus.Entitled, comp.Status);
        Assert.Equal(3_000_000m, comp.AmountRub);
        Assert.Equal(PaymentPeriod.Once, comp.Period);
        var f = Assert.Single(comp.Findings);
        Assert.Equal(["C5"], f.Claims);
        Assert.Contains("3 million ruble compensation in the event of an injury on duty", f.Quote);
    }

    [Fact]
    public void C5_an_injury_off_duty_gives_no_compensation()
    {
        var comp = Get(In(Regions.Kursk, injuries: [OffDuty()]), EntitlementKind.InjuryCompensation);
        Assert.Equal(EntitlementStatus.NotEntitled, comp.Status);
        Assert.Null(comp.AmountRub);
    }

    [Fact]
    public void C5_no_injury_gives_no_compensation()
    {
        Assert.Equal(EntitlementStatus.NotEntitled, Get(In(Regions.Kursk), EntitlementKind.InjuryCompensation).Status);
    }

    [Fact]
    public void C5_one_injury_on_duty_among_injuries_off_duty_is_compensated()
    {
        var comp = Get(In(Regions.Kursk, injuries: [OffDuty(9), OnDuty(3), OffDuty(1)]), EntitlementKind.InjuryCompensation);
        Assert.Equal(EntitlementStatus.Entitled, comp.Status);
        Assert.Equal(3_000_000m, comp.AmountRub);
    }

    [Fact]
    public void C5_several_injuries_on_duty_are_undetermined_because_the_source_speaks_of_an_injury()
    {
        // Two identical injuries: equal records must not trip NRules' fact identity.
        var comp = Get(In(Regions.Kursk, injuries: [OnDuty(3), OnDuty(3)]), EntitlementKind.InjuryCompensation);
        Assert.Equal(EntitlementStatus.Undetermined, comp.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, comp.UndeterminedReason);
        Assert.Null(comp.AmountRub);
        Assert.Contains("2 times", Assert.Single(comp.Findings).Text);
    }

    [Theory]
    [InlineData(Regions.Belgorod)]
    [InlineData(Regions.Bryansk)]
    public void I2_injury_compensation_is_Kursk_s_elsewhere_it_is_undetermined(string region)
    {
        var comp = Get(In(region, injuries: [OnDuty()]), EntitlementKind.InjuryCompensation);
        Assert.Equal(EntitlementStatus.Undetermined, comp.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, comp.UndeterminedReason);
        Assert.Contains("(I2)", Assert.Single(comp.Findings).Text);
    }
}
