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
    public void C4_I10_a_contract_that_starts_after_asOf_is_not_started_and_has_no_duties()
    {
        var service = TestEngine.Evaluate(In(Regions.Kursk, contract: new Contract(12, AsOf.AddDays(1)))).Service!;
        Assert.Equal(ServicePhase.NotStarted, service.Phase);
        Assert.Equal(AsOf.AddDays(21), service.TrainingEndsOn);
        Assert.Equal((null, AsOf), (service.From, service.To)); // not started up to the day before the start
        Assert.Empty(service.Duties);
    }

    [Fact]
    public void C4_I10_a_contract_terminated_early_is_terminated_from_that_day_with_no_duties()
    {
        var service = TestEngine.Evaluate(In(Regions.Kursk, contract: Contract(12, terminatedEarlyOn: AsOf.AddDays(-1)))).Service!;
        Assert.Equal(ServicePhase.TerminatedEarly, service.Phase);
        Assert.Equal(AsOf.AddDays(-1), service.From);
        Assert.Empty(service.Duties);
        var f = Assert.Single(service.Findings, f => f.RuleId == "Service.TerminatedEarly");
        Assert.Contains("terminated early", f.Text);
        Assert.Equal(["I10", "I7"], f.Claims);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(9)]
    [InlineData(12)]
    public void C4_I10_the_member_is_assigned_to_the_last_day_of_the_term_and_the_term_has_ended_the_day_after(int months)
    {
        var start = AsOf.AddMonths(-months);
        var lastDay = new PolicyCase("t", Regions.Bryansk, AsOf.AddDays(-1), Man(), new Contract(months, start));
        var dayAfter = lastDay with { AsOf = AsOf };
        var assigned = TestEngine.Evaluate(lastDay).Service!;
        Assert.Equal((ServicePhase.Assigned, AsOf.AddDays(-1)), (assigned.Phase, assigned.To));
        var ended = TestEngine.Evaluate(dayAfter).Service!;
        Assert.Equal((ServicePhase.Ended, AsOf, (DateOnly?)null), (ended.Phase, ended.From, ended.To));
        Assert.Empty(ended.Duties);
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
    public void C20_the_authors_overview_duties_in_every_region(string region)
    {
        var service = TestEngine.Evaluate(In(region)).Service!;
        Assert.Contains("guarding strategic locations, such as bridges and industrial sites", service.Duties);
        Assert.Contains("assisting the army at checkpoints", service.Duties);
        Assert.Contains("training to shoot down drones", service.Duties);
        Assert.Contains(service.Findings, f => f.Claims.SequenceEqual(["C20"]));
    }

    [Theory]
    [InlineData(Regions.Kursk)]
    [InlineData(Regions.Belgorod)]
    [InlineData(Regions.Bryansk)]
    public void C21_whether_a_member_may_be_deployed_to_the_war_zone_is_undetermined_source_silent(string region)
    {
        var deployment = TestEngine.Evaluate(In(region)).Service!.WarZoneDeployment!;
        Assert.Equal((DeploymentStatus.Undetermined, UndeterminedReason.SourceSilent), (deployment.Status, deployment.UndeterminedReason));
        var f = Assert.Single(deployment.Findings);
        Assert.Equal(["C21"], f.Claims);
        Assert.Contains("deployed to the war zone", f.Quote);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(21)]
    public void I10_no_duties_in_training(int day) => Assert.Empty(OnDay(day).Duties);

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
