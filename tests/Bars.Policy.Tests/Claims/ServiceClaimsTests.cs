using Bars.Policy.Tests.Support;
using static Bars.Policy.Tests.Support.Cases;

namespace Bars.Policy.Tests.Claims;

/// <summary>Training then tasks (C4) and the duties of each region (C15–C18).</summary>
public sealed class ServiceClaimsTests
{
    // The contract starts on asOf - (day - 1), so asOf is day `day` of the contract.
    private static ServiceDecision OnDay(int day, int months = 12) =>
        TestEngine.Evaluate(In(Regions.Bryansk, contract: new Contract(months, AsOf.AddDays(-(day - 1))))).Service!;

    [Theory]
    [InlineData(1, ServicePhase.Training)]
    [InlineData(21, ServicePhase.Training)]
    [InlineData(22, ServicePhase.Assigned)]
    [InlineData(100, ServicePhase.Assigned)]
    public void C4_three_weeks_of_training_days_1_to_21_then_assigned_from_day_22(int day, ServicePhase expected)
    {
        var service = OnDay(day);
        Assert.Equal(expected, service.Phase);
        Assert.Equal(AsOf.AddDays(-(day - 1)).AddDays(20), service.TrainingEndsOn);
        var f = Assert.Single(service.Findings, f => f.Claims.Contains("C4"));
        Assert.Contains($"Day {day} of the contract", f.Text);
        Assert.Contains("three weeks of combat and medical training", f.Quote);
    }

    [Fact]
    public void C4_training_ends_on_day_21_of_the_contract()
    {
        var service = TestEngine.Evaluate(new PolicyCase("t", Regions.Bryansk, new DateOnly(2024, 10, 1), Man(),
            new Contract(12, new DateOnly(2024, 9, 1)))).Service!;
        Assert.Equal(new DateOnly(2024, 9, 21), service.TrainingEndsOn);
        Assert.Equal(ServicePhase.Assigned, service.Phase);
    }

    [Fact]
    public void C4_without_a_contract_there_is_no_phase_of_service()
    {
        var service = TestEngine.Evaluate(WithoutContract(Regions.Kursk)).Service!;
        Assert.Equal(ServicePhase.NoContract, service.Phase);
        Assert.Null(service.TrainingEndsOn);
    }

    [Fact]
    public void C4_a_contract_that_starts_after_asOf_is_not_yet_in_force()
    {
        var service = TestEngine.Evaluate(In(Regions.Kursk, contract: new Contract(12, AsOf.AddDays(1)))).Service!;
        Assert.Equal(ServicePhase.NoContract, service.Phase);
        Assert.Equal(AsOf.AddDays(21), service.TrainingEndsOn);
    }

    [Fact]
    public void C4_a_contract_terminated_early_is_no_longer_in_force()
    {
        var service = TestEngine.Evaluate(In(Regions.Kursk, contract: Contract(12, terminatedEarlyOn: AsOf.AddDays(-1)))).Service!;
        Assert.Equal(ServicePhase.NoContract, service.Phase);
        Assert.Contains("terminated early", Assert.Single(service.Findings, f => f.RuleId == "Service.NoContractInForce").Text);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(12)]
    public void C4_the_contract_is_in_force_to_the_last_day_of_its_term_and_not_after(int months)
    {
        var start = AsOf.AddMonths(-months);
        var lastDay = new PolicyCase("t", Regions.Bryansk, AsOf.AddDays(-1), Man(), new Contract(months, start));
        var dayAfter = lastDay with { AsOf = AsOf };
        Assert.Equal(ServicePhase.Assigned, TestEngine.Evaluate(lastDay).Service!.Phase);
        Assert.Equal(ServicePhase.NoContract, TestEngine.Evaluate(dayAfter).Service!.Phase);
    }

    [Fact]
    public void C15_Kursk_duties()
    {
        var service = TestEngine.Evaluate(In(Regions.Kursk)).Service!;
        Assert.Contains("security in eight districts where some residents remain despite evacuations", service.Duties);
        Assert.Contains("guarding checkpoints", service.Duties);
        Assert.Contains("maintaining order", service.Duties);
        Assert.Contains(service.Findings, f => f.Claims.SequenceEqual(["C15"]));
    }

    [Fact]
    public void C16_Belgorod_duties()
    {
        var service = TestEngine.Evaluate(In(Regions.Belgorod)).Service!;
        Assert.Contains("guarding vital infrastructure, such as seven key bridges", service.Duties);
        Assert.Contains("combating drones", service.Duties);
        Assert.Contains("organising evacuations", service.Duties);
        Assert.Contains(service.Findings, f => f.Claims.SequenceEqual(["C16"]));
        Assert.DoesNotContain("maintaining order", service.Duties);
    }

    [Fact]
    public void C17_Bryansk_duties()
    {
        var service = TestEngine.Evaluate(In(Regions.Bryansk)).Service!;
        Assert.Contains("guarding critically important sites", service.Duties);
        Assert.Contains("protecting civilians", service.Duties);
        Assert.Contains(service.Findings, f => f.Claims.SequenceEqual(["C17"]));
    }

    [Theory]
    [InlineData(Regions.Kursk)]
    [InlineData(Regions.Belgorod)]
    [InlineData(Regions.Bryansk)]
    public void C18_supplementary_duties_in_every_region(string region)
    {
        var service = TestEngine.Evaluate(In(region)).Service!;
        Assert.Contains("securing rear checkpoints", service.Duties);
        Assert.Contains("monitoring for sabotage and reconnaissance groups", service.Duties);
        Assert.Contains("guarding strategic sites", service.Duties);
        Assert.Contains(service.Findings, f => f.Claims.SequenceEqual(["C18"]));
    }

    // Issue 11, finding 23: the phase ignored membership; service is a member's (I4).
    [Fact]
    public void I4_an_ineligible_fourteen_year_old_under_contract_is_not_a_member_in_no_phase_and_without_duties()
    {
        var d = TestEngine.Evaluate(In(Regions.Bryansk, Man(age: 14), Contract(startedDaysAgo: 60)));
        Assert.Equal(EnlistmentOutcome.Ineligible, d.Enlistment!.Outcome);
        Assert.Equal(ServicePhase.NotMember, d.Service!.Phase);
        Assert.Null(d.Service.TrainingEndsOn);
        Assert.Empty(d.Service.Duties);
        var f = Assert.Single(d.Service.Findings);
        Assert.Equal("Service.NonMemberNotInService", f.RuleId);
        Assert.Contains("C1", f.Claims);
    }

    [Fact]
    public void I4_an_ineligible_kursk_woman_without_a_medical_qualification_is_not_a_member()
    {
        var d = TestEngine.Evaluate(In(Regions.Kursk, Woman(), Contract(startedDaysAgo: 60)));
        Assert.Equal(ServicePhase.NotMember, d.Service!.Phase);
        Assert.Equal(["C12"], Assert.Single(d.Service.Findings).Claims);
    }

    [Fact]
    public void I4_an_undetermined_belgorod_woman_has_an_undetermined_phase_for_the_same_reason()
    {
        var d = TestEngine.Evaluate(In(Regions.Belgorod, Woman(), Contract(startedDaysAgo: 60)));
        Assert.Equal(EnlistmentOutcome.Undetermined, d.Enlistment!.Outcome);
        Assert.Equal(ServicePhase.Undetermined, d.Service!.Phase);
        Assert.Equal(UndeterminedReason.SourceConflict, d.Service.UndeterminedReason);
        Assert.Null(d.Service.TrainingEndsOn);
        Assert.Empty(d.Service.Duties);
        Assert.Equal(["C13"], Assert.Single(d.Service.Findings).Claims);
    }

    [Fact]
    public void A_member_has_no_undetermined_reason_for_the_phase_and_is_told_the_duties()
    {
        var d = TestEngine.Evaluate(In(Regions.Bryansk, Man(), Contract(startedDaysAgo: 60)));
        Assert.Equal(ServicePhase.Assigned, d.Service!.Phase);
        Assert.Null(d.Service.UndeterminedReason);
        Assert.NotEmpty(d.Service.Duties);
    }
}
