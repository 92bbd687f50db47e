using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>The contract's length, start and early termination.</summary>
public sealed class ContractValidationTests
{
    // A 6-month contract that started long before asOf, so its end (2024-03-01 + 6 months = 2024-09-01) is before asOf.
    private static readonly DateOnly OldStart = new(2024, 3, 1);
    private static readonly DateOnly OldEnd = new(2024, 9, 1);

    private static PolicyCase WithContract(Contract contract) => Cases.In(Regions.Bryansk, contract: contract);

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Non_positive_months_is_an_error_at_contract_months(int months)
    {
        var decision = TestEngine.Evaluate(WithContract(Cases.Contract(months)));

        var error = InvalidDecision.AssertSingleError(decision, "contract.months");
        Assert.Contains(months.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_months_is_an_error_at_contract_months()
    {
        var decision = TestEngine.Evaluate(WithContract(Cases.Contract() with { Months = null }));

        InvalidDecision.AssertSingleError(decision, "contract.months");
    }

    [Fact]
    public void Months_ending_after_the_last_representable_date_is_an_error_not_an_exception()
    {
        var decision = TestEngine.Evaluate(WithContract(Cases.Contract(int.MaxValue)));

        InvalidDecision.AssertSingleError(decision, "contract.months");
    }

    [Fact]
    public void A_contract_ending_in_the_last_representable_year_is_not_an_error()
    {
        // 9998-06-01 + 13 months = 9999-07-01, a representable date.
        var c = new PolicyCase("edge-1", Regions.Bryansk, new DateOnly(9999, 12, 31), new Applicant(new DateOnly(9960, 1, 1), Sex.Male), new Contract(13, new DateOnly(9998, 6, 1)));

        InvalidDecision.AssertValid(TestEngine.Evaluate(c));
    }

    [Fact]
    public void Missing_startDate_is_an_error_at_contract_startDate()
    {
        var decision = TestEngine.Evaluate(WithContract(Cases.Contract() with { StartDate = null }));

        InvalidDecision.AssertSingleError(decision, "contract.startDate");
    }

    [Fact]
    public void Early_termination_before_the_start_is_an_error_at_contract_terminatedEarlyOn()
    {
        var contract = new Contract(6, OldStart, OldStart.AddDays(-1));

        var decision = TestEngine.Evaluate(WithContract(contract));

        InvalidDecision.AssertSingleError(decision, "contract.terminatedEarlyOn");
    }

    [Fact]
    public void Early_termination_on_the_start_day_is_valid()
    {
        var decision = TestEngine.Evaluate(WithContract(new Contract(6, OldStart, OldStart)));

        InvalidDecision.AssertValid(decision);
    }

    [Fact]
    public void Early_termination_on_the_contracts_end_day_is_an_error_at_contract_terminatedEarlyOn()
    {
        Assert.Equal(OldEnd, OldStart.AddMonths(6));

        var decision = TestEngine.Evaluate(WithContract(new Contract(6, OldStart, OldEnd)));

        InvalidDecision.AssertSingleError(decision, "contract.terminatedEarlyOn");
    }

    [Fact]
    public void Early_termination_after_the_contracts_end_is_an_error_at_contract_terminatedEarlyOn()
    {
        var decision = TestEngine.Evaluate(WithContract(new Contract(6, OldStart, OldEnd.AddDays(10))));

        InvalidDecision.AssertSingleError(decision, "contract.terminatedEarlyOn");
    }

    [Fact]
    public void Early_termination_on_the_last_day_of_term_is_valid()
    {
        var decision = TestEngine.Evaluate(WithContract(new Contract(6, OldStart, OldEnd.AddDays(-1))));

        InvalidDecision.AssertValid(decision);
    }

    [Fact]
    public void Early_termination_after_asOf_is_an_error_at_contract_terminatedEarlyOn()
    {
        var decision = TestEngine.Evaluate(WithContract(Cases.Contract(terminatedEarlyOn: Cases.AsOf.AddDays(1))));

        var error = InvalidDecision.AssertSingleError(decision, "contract.terminatedEarlyOn");
        Assert.Contains("asOf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Early_termination_on_asOf_is_valid()
    {
        var decision = TestEngine.Evaluate(WithContract(Cases.Contract(terminatedEarlyOn: Cases.AsOf)));

        InvalidDecision.AssertValid(decision);
    }

    [Fact]
    public void A_contract_starting_after_asOf_is_valid_and_not_started()
    {
        var decision = TestEngine.Evaluate(WithContract(Cases.Contract(startedDaysAgo: -30)));

        InvalidDecision.AssertValid(decision);
        Assert.Equal(ServicePhase.NotStarted, decision.Service!.Phase);
    }
}
