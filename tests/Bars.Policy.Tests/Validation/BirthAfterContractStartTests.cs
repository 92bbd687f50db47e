using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>Issue 25, finding 21: a contract that starts before the applicant's birth was valid and answered Eligible.
/// Enlistment is judged on the contract's start (I6), so a birth after it is an input error naming the field.</summary>
public sealed class BirthAfterContractStartTests
{
    [Theory]
    [InlineData(1, false)]  // born the day after the contract started
    [InlineData(0, true)]   // born on the day it started: valid input (and Ineligible, aged 0)
    public void A_birth_after_the_contracts_start_is_an_error_of_applicant_birthDate(int bornDaysAfterStart, bool valid)
    {
        var contract = Cases.Contract(months: 12, startedDaysAgo: 60);
        var c = Cases.In(Regions.Bryansk, new Applicant(contract.StartDate!.Value.AddDays(bornDaysAfterStart), Sex.Male), contract);

        var decision = TestEngine.Evaluate(c);

        Assert.Equal(valid, decision.IsValid);
        if (valid)
        {
            Assert.Equal(EnlistmentOutcome.Ineligible, decision.Enlistment!.Outcome);
            return;
        }

        var error = Assert.Single(decision.Errors);
        Assert.Equal("applicant.birthDate", error.Path);
        Assert.Contains("is after the contract's start", error.Message, StringComparison.Ordinal);
        Assert.Null(decision.Enlistment);
    }
}
