using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Extension;

/// <summary>Every value the build accepts evaluates every representable case: amounts are bounded at build, and a
/// training that would end after the last representable date is a validation error of the case.</summary>
public sealed class ValueBoundsTests
{
    private static readonly DateOnly From = new(2024, 1, 1);
    private static readonly SourceCitation Order = new("Bounds order 1", "The host's own value.");

    // The latest start of a one-month contract: it ends on 9999-12-29, two days before the last representable date.
    private static readonly DateOnly LastStart = new(9999, 11, 30);

    private static PolicyEngine WithTraining(int days) =>
        PolicyEngine.Create(o => o.Parameters.Set(Regions.Bryansk, Parameter.TrainingDays, days, From, Order));

    private static PolicyCase LateContract(DateOnly asOf) =>
        new("late", Regions.Bryansk, asOf, new Applicant(new DateOnly(9960, 1, 1), Sex.Male), new Contract(1, LastStart), null);

    [Theory]
    [InlineData(9999, 12, 1)]   // in training, on the contract's second day
    [InlineData(9999, 12, 31)]  // after the contract's end
    public void A_training_that_would_end_after_the_last_representable_date_is_an_error_naming_the_contract_and_the_parameter(int year, int month, int day)
    {
        var decision = WithTraining(1200).Evaluate(LateContract(new DateOnly(year, month, day)));

        Assert.False(decision.IsValid);
        var error = Assert.Single(decision.Errors);
        Assert.Equal("contract.startDate", error.Path);
        Assert.Contains("TrainingDays", error.Message, StringComparison.Ordinal);
        Assert.Contains("1200", error.Message, StringComparison.Ordinal);
        Assert.Contains("Bounds order 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("9999-11-30", error.Message, StringComparison.Ordinal);
        Assert.Equal("late", decision.CaseId);
    }

    [Fact]
    public void A_training_that_ends_on_the_last_representable_date_evaluates_and_one_day_more_is_an_error()
    {
        // Day 32 from 9999-11-30 is 9999-12-31: the member is in training for the whole contract.
        var decision = WithTraining(32).Evaluate(LateContract(new DateOnly(9999, 12, 29)));
        Assert.True(decision.IsValid, string.Join("; ", decision.Errors));
        Assert.Equal(ServicePhase.Training, decision.Service!.Phase);
        Assert.Equal(DateOnly.MaxValue, decision.Service.TrainingEndsOn);

        Assert.Equal("contract.startDate", Assert.Single(WithTraining(33).Evaluate(LateContract(new DateOnly(9999, 12, 29))).Errors).Path);
    }

    [Fact]
    public void The_longest_training_evaluates_for_a_contract_that_leaves_it_room()
    {
        var decision = WithTraining(1200).Evaluate(Cases.In(Regions.Bryansk, contract: Cases.Contract(months: 60, startedDaysAgo: 100)));
        Assert.True(decision.IsValid);
        Assert.Equal(ServicePhase.Training, decision.Service!.Phase);
        Assert.Equal(Cases.AsOf.AddDays(-100 + 1199), decision.Service.TrainingEndsOn);
    }

    [Fact]
    public void The_shipped_training_ends_within_the_calendar_for_every_representable_contract()
    {
        var decision = TestEngine.Instance.Evaluate(LateContract(new DateOnly(9999, 12, 1)) with { Region = Regions.Kursk });
        Assert.True(decision.IsValid);
        Assert.Equal(LastStart.AddDays(20), decision.Service!.TrainingEndsOn);
    }

    [Fact]
    public void Amounts_above_a_trillion_roubles_are_refused_at_build_each_naming_its_value_all_at_once()
    {
        var error = Assert.Throws<PolicyConfigurationException>(() => PolicyEngine.Create(o => o.Parameters
            .Set(Regions.Bryansk, Parameter.MonthlyPayRub, decimal.MaxValue, From, Order)
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 1e26m, From, Order)
            .Set(Regions.Belgorod, Parameter.InjuryOnDutyCompensationRub, 1_000_000_000_000.01m, From, Order)
            .Set(Regions.Bryansk, Parameter.TrainingDays, 0, From, Order)));

        Assert.Equal(4, error.Failures.Count);
        Assert.Contains(error.Failures, f => f.Contains("MonthlyPayRub for 'Bryansk'", StringComparison.Ordinal) && f.Contains(decimal.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("MonthlyPayRub for 'Kursk'", StringComparison.Ordinal) && f.Contains("100000000000000000000000000", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("InjuryOnDutyCompensationRub for 'Belgorod'", StringComparison.Ordinal) && f.Contains("1000000000000.01", StringComparison.Ordinal));
        Assert.All(error.Failures.Take(3), f => Assert.Contains("1,000,000,000,000", f, StringComparison.Ordinal));
    }

    [Fact]
    public void An_amount_of_a_trillion_roubles_is_accepted()
    {
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 1_000_000_000_000m, From, Order));
        var pay = engine.Evaluate(Cases.In(Regions.Kursk)).Entitlements.Single(e => e.Kind == EntitlementKind.MonthlyPay);
        Assert.Equal((EntitlementStatus.Entitled, (decimal?)1_000_000_000_000m), (pay.Status, pay.AmountRub));
    }
}
