using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>Birth dates against the evaluation date; age itself is the policy's business, not validation's.</summary>
public sealed class DateValidationTests
{
    [Fact]
    public void Birth_date_after_asOf_is_an_error_at_applicant_birthDate()
    {
        var decision = TestEngine.Evaluate(Cases.WithoutContract(Regions.Bryansk, new Applicant(Cases.AsOf.AddDays(1), Sex.Male)));

        var error = InvalidDecision.AssertSingleError(decision, "applicant.birthDate");
        Assert.Contains("2024-10-02", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Birth_date_on_asOf_is_valid_age_zero_and_Ineligible()
    {
        var decision = TestEngine.Evaluate(Cases.WithoutContract(Regions.Bryansk, new Applicant(Cases.AsOf, Sex.Male)));

        InvalidDecision.AssertValid(decision);
        Assert.Equal(EnlistmentOutcome.Ineligible, decision.Enlistment!.Outcome);
        Assert.Contains(decision.Enlistment.Findings, f => f.RuleId == "Enlistment.AgeBelowMinimum");
    }

    [Theory]
    [InlineData(Regions.Kursk, 17)]
    [InlineData(Regions.Belgorod, 0)]
    [InlineData(Regions.Bryansk, 66)]
    [InlineData(Regions.Kursk, 120)]
    public void Applicant_too_young_or_too_old_is_not_an_error_but_Ineligible(string region, int age)
    {
        // Without a contract the age is taken on asOf (I6).
        var decision = TestEngine.Evaluate(Cases.WithoutContract(region, Cases.Man(age)));

        InvalidDecision.AssertValid(decision);
        Assert.Equal(EnlistmentOutcome.Ineligible, decision.Enlistment!.Outcome);
    }

    [Theory]
    [InlineData(Regions.Kursk, 18)]
    [InlineData(Regions.Bryansk, 65)]
    public void Applicant_at_the_age_limits_is_valid_and_Eligible(string region, int age)
    {
        // Without a contract the age is taken on asOf (I6).
        var decision = TestEngine.Evaluate(Cases.WithoutContract(region, Cases.Man(age)));

        InvalidDecision.AssertValid(decision);
        Assert.Equal(EnlistmentOutcome.Eligible, decision.Enlistment!.Outcome);
    }
}
