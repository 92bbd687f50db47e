using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Claims;

/// <summary>Early termination and repayment (C11, with C10).</summary>
public sealed class TerminationClaimsTests
{
    private static ObligationDecision Repay(PolicyCase c) => TestEngine.Evaluate(c).Obligation(ObligationKind.RepayOneTimePayment);

    [Theory]
    [InlineData(12, 300_000)]
    [InlineData(6, 150_000)]
    public void C11_terminating_early_in_Bryansk_owes_back_the_full_one_time_payment(int months, int expected)
    {
        var c = In(Regions.Bryansk, contract: Contract(months, startedDaysAgo: 60, terminatedEarlyOn: AsOf.AddDays(-1)));
        var d = TestEngine.Evaluate(c);
        var repay = d.Obligation(ObligationKind.RepayOneTimePayment);
        Assert.Equal(ObligationStatus.Owed, repay.Status);
        Assert.Equal(expected, repay.AmountRub);
        Assert.Equal(d.Entitlement(EntitlementKind.OneTimePayment).AmountRub, repay.AmountRub);
        var f = Assert.Single(repay.Findings);
        // The rule is C11's; the amount it states is the payment's, so the payment's claim (C10) is cited too.
        Assert.Equal(["C11", "C10"], f.Claims);
        Assert.Contains("must return the full payment", f.Quote);
    }

    [Fact]
    public void C11_terminating_on_the_start_day_is_early_and_owes_the_payment()
    {
        var c = In(Regions.Bryansk, contract: Contract(12, startedDaysAgo: 10, terminatedEarlyOn: AsOf.AddDays(-10)));
        Assert.Equal(ObligationStatus.Owed, Repay(c).Status);
    }

    [Fact]
    public void C11_without_an_early_termination_nothing_is_owed()
    {
        var repay = Repay(In(Regions.Bryansk, contract: Contract(12)));
        Assert.Equal(ObligationStatus.NotOwed, repay.Status);
        Assert.Null(repay.AmountRub);
        Assert.Equal("Termination.NoEarlyTermination", Assert.Single(repay.Findings).RuleId);
    }

    [Fact]
    public void C11_without_a_contract_nothing_is_owed()
    {
        Assert.Equal(ObligationStatus.NotOwed, Repay(WithoutContract(Regions.Bryansk)).Status);
    }

    [Fact]
    public void C11_where_the_payment_is_undetermined_so_is_its_repayment()
    {
        var repay = Repay(In(Regions.Bryansk, contract: Contract(9, terminatedEarlyOn: AsOf)));
        Assert.Equal(ObligationStatus.Undetermined, repay.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, repay.UndeterminedReason);
        Assert.Null(repay.AmountRub);
    }

    [Theory]
    [InlineData(Regions.Kursk)]
    [InlineData(Regions.Belgorod)]
    public void Silence_repayment_after_early_termination_is_undetermined_where_no_one_time_payment_is_stated(string region)
    {
        var repay = Repay(In(region, contract: Contract(12, terminatedEarlyOn: AsOf.AddDays(-3))));
        Assert.Equal(ObligationStatus.Undetermined, repay.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, repay.UndeterminedReason);
    }

    [Fact]
    public void C11_an_ineligible_applicant_received_no_payment_and_owes_none()
    {
        var repay = Repay(In(Regions.Bryansk, Man(70), Contract(12, terminatedEarlyOn: AsOf.AddDays(-3))));
        Assert.Equal(ObligationStatus.NotOwed, repay.Status);
        Assert.Equal("Termination.NothingReceivedNothingToRepay", Assert.Single(repay.Findings).RuleId);
    }

    [Fact]
    public void C11_an_undetermined_applicant_s_repayment_is_undetermined_for_the_same_reason()
    {
        var repay = Repay(In(Regions.Bryansk, Man() with { CriminalConviction = true }, Contract(12, terminatedEarlyOn: AsOf.AddDays(-3))));
        Assert.Equal(ObligationStatus.Undetermined, repay.Status);
        Assert.Equal(UndeterminedReason.SourceSilent, repay.UndeterminedReason);
    }
}
