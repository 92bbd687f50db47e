using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>Injuries: under a contract, between its start and asOf, on duty or not.</summary>
public sealed class InjuryValidationTests
{
    private static readonly Contract Contract = Cases.Contract();
    private static readonly DateOnly Start = Contract.StartDate!.Value;

    [Fact]
    public void Injury_before_the_contract_start_is_an_error_at_its_date()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract, injuries: new Injury(Start.AddDays(-1), true)));

        InvalidDecision.AssertSingleError(decision, "injuries[0].date");
    }

    [Fact]
    public void Injury_on_the_contract_start_day_is_valid()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract, injuries: new Injury(Start, true)));

        InvalidDecision.AssertValid(decision);
    }

    [Fact]
    public void Injury_after_asOf_is_an_error_at_its_date()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract, injuries: new Injury(Cases.AsOf.AddDays(1), true)));

        var error = InvalidDecision.AssertSingleError(decision, "injuries[0].date");
        Assert.Contains("asOf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Injury_on_asOf_is_valid()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract, injuries: new Injury(Cases.AsOf, false)));

        InvalidDecision.AssertValid(decision);
    }

    [Fact]
    public void The_error_names_the_index_of_the_bad_injury()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract, injuries: [Cases.OnDuty(), Cases.OffDuty(), new Injury(Start.AddDays(-1), true)]));

        InvalidDecision.AssertSingleError(decision, "injuries[2].date");
    }

    [Fact]
    public void I12_an_injury_on_duty_without_a_contract_is_an_error_at_its_onDuty()
    {
        var decision = TestEngine.Evaluate(Cases.WithoutContract(Regions.Kursk) with { Injuries = [Cases.OnDuty()] });

        Assert.Contains("no duty without one", InvalidDecision.AssertSingleError(decision, "injuries[0].onDuty").Message);
    }

    [Fact]
    public void I12_an_injury_off_duty_without_a_contract_is_valid_and_gives_nothing()
    {
        var decision = TestEngine.Evaluate(Cases.WithoutContract(Regions.Kursk) with { Injuries = [Cases.OffDuty(daysAgo: 400)] });

        InvalidDecision.AssertValid(decision);
        Assert.Equal(EntitlementStatus.NotEntitled, decision.Entitlement(EntitlementKind.InjuryCompensation).Status);
    }

    [Fact]
    public void I12_an_injury_off_duty_before_the_contract_is_valid_and_gives_nothing_on_duty_is_an_error()
    {
        var contract = Cases.Contract(startedDaysAgo: 60);
        var offDuty = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: contract, injuries: Cases.OffDuty(daysAgo: 61)));
        InvalidDecision.AssertValid(offDuty);
        Assert.Equal(EntitlementStatus.NotEntitled, offDuty.Entitlement(EntitlementKind.InjuryCompensation).Status);

        var onDuty = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: contract, injuries: Cases.OnDuty(daysAgo: 61)));
        Assert.Contains("before the contract's start", InvalidDecision.AssertSingleError(onDuty, "injuries[0].date").Message);
        var firstDay = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: contract, injuries: Cases.OnDuty(daysAgo: 60)));
        Assert.Equal(EntitlementStatus.Entitled, firstDay.Entitlement(EntitlementKind.InjuryCompensation).Status);
    }

    [Fact]
    public void An_empty_injury_list_without_a_contract_is_valid()
    {
        var decision = TestEngine.Evaluate(Cases.WithoutContract(Regions.Kursk) with { Injuries = [] });

        InvalidDecision.AssertValid(decision);
    }

    [Fact]
    public void Missing_onDuty_is_an_error_at_the_injurys_onDuty()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract, injuries: new Injury(Cases.AsOf.AddDays(-5), null)));

        InvalidDecision.AssertSingleError(decision, "injuries[0].onDuty");
    }

    [Fact]
    public void Missing_injury_date_is_an_error_at_the_injurys_date()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract, injuries: new Injury(null, true)));

        InvalidDecision.AssertSingleError(decision, "injuries[0].date");
    }

    [Fact]
    public void A_null_injury_is_an_error_at_its_index()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: Contract) with { Injuries = [Cases.OnDuty(), null!] });

        InvalidDecision.AssertSingleError(decision, "injuries[1]");
    }

    [Fact]
    public void An_injury_on_duty_on_or_after_an_early_termination_is_an_error_and_the_day_before_is_valid()
    {
        var terminated = Cases.Contract(terminatedEarlyOn: Cases.AsOf.AddDays(-10));
        var onTheDay = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: terminated, injuries: new Injury(Cases.AsOf.AddDays(-10), true)));
        InvalidDecision.AssertSingleError(onTheDay, "injuries[0].date");

        var dayBefore = TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: terminated, injuries: new Injury(Cases.AsOf.AddDays(-11), true)));
        InvalidDecision.AssertValid(dayBefore);
    }

    [Fact]
    public void An_injury_on_duty_after_the_term_ended_is_an_error_but_off_duty_it_is_valid()
    {
        var ended = new Contract(6, Cases.AsOf.AddMonths(-7));
        var afterEnd = Cases.AsOf.AddMonths(-1);
        InvalidDecision.AssertSingleError(TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: ended, injuries: new Injury(afterEnd, true))), "injuries[0].date");
        InvalidDecision.AssertValid(TestEngine.Evaluate(Cases.In(Regions.Kursk, contract: ended, injuries: new Injury(afterEnd, false))));
    }
}
