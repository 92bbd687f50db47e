namespace Bars.Policy.Tests.Engine;

/// <summary>The contract's time as one domain type: inclusive last day, containment, day numbers, early ends.</summary>
public sealed class ContractTermTests
{
    private static readonly DateOnly Start = new(2024, 9, 1);

    [Fact]
    public void Twelve_months_from_the_first_of_September_end_on_the_last_of_August()
    {
        var term = ContractTerm.OfMonths(Start, 12)!;
        Assert.Equal(Start, term.Start);
        Assert.Equal(new DateOnly(2025, 8, 31), term.End);
        Assert.Equal(365, term.Length);
    }

    [Fact]
    public void A_term_starting_on_the_31st_ends_the_day_before_the_same_day_number_months_later_or_the_month_end()
    {
        // DateOnly.AddMonths clamps 31 January + 1 month to 29 February (2024), so the term ends on 28 February.
        Assert.Equal(new DateOnly(2024, 2, 28), ContractTerm.OfMonths(new DateOnly(2024, 1, 31), 1)!.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void No_term_has_no_months(int months) => Assert.Null(ContractTerm.OfMonths(Start, months));

    [Fact]
    public void A_term_that_would_end_after_the_last_representable_date_does_not_exist()
    {
        Assert.Null(ContractTerm.OfMonths(new DateOnly(9999, 12, 1), 1));
        Assert.Null(ContractTerm.OfMonths(Start, int.MaxValue));
        Assert.Equal(new DateOnly(9999, 11, 30), ContractTerm.OfMonths(new DateOnly(9999, 11, 1), 1)!.End);
    }

    [Fact]
    public void Both_ends_are_in_the_term_and_the_days_beside_them_are_not()
    {
        var term = ContractTerm.OfMonths(Start, 6)!;
        Assert.False(term.Contains(Start.AddDays(-1)));
        Assert.True(term.Contains(Start));
        Assert.True(term.Contains(term.End));
        Assert.False(term.Contains(term.End.AddDays(1)));
    }

    [Fact]
    public void Day_one_is_the_start_and_the_last_day_is_the_length()
    {
        var term = ContractTerm.OfMonths(Start, 6)!;
        Assert.Null(term.DayNumberOf(Start.AddDays(-1)));
        Assert.Equal(1, term.DayNumberOf(Start));
        Assert.Equal(21, term.DayNumberOf(Start.AddDays(20)));
        Assert.Equal(term.Length, term.DayNumberOf(term.End));
        Assert.Null(term.DayNumberOf(term.End.AddDays(1)));
    }

    [Fact]
    public void An_early_end_keeps_the_days_before_it()
    {
        var term = ContractTerm.OfMonths(Start, 12)!;
        Assert.Equal(new ContractTerm(Start, new DateOnly(2024, 9, 30)), term.Before(new DateOnly(2024, 10, 1)));
        Assert.Equal(new ContractTerm(Start, Start), term.Before(Start.AddDays(1)));
        Assert.Null(term.Before(Start));
        Assert.Same(term, term.Before(term.End.AddDays(1)));
    }

    [Fact]
    public void A_term_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new ContractTerm(Start, Start.AddDays(-1)));
        Assert.Equal(1, new ContractTerm(Start, Start).Length);
    }

    [Fact]
    public void Terms_are_equal_by_their_days()
    {
        Assert.Equal(ContractTerm.OfMonths(Start, 1), new ContractTerm(Start, new DateOnly(2024, 9, 30)));
        Assert.Equal("2024-09-01..2024-09-30", new ContractTerm(Start, new DateOnly(2024, 9, 30)).ToString());
    }

    [Fact]
    public void The_rules_see_the_contract_in_force_through_the_term()
    {
        // Terminated on day 10: day 9 is the last in force, so on day 10 the member is a former member (TerminatedEarly, I10).
        var c = Support.Cases.In(Regions.Bryansk, contract: new Contract(12, Support.Cases.AsOf.AddDays(-9), Support.Cases.AsOf));
        Assert.Equal(ServicePhase.TerminatedEarly, Support.TestEngine.Evaluate(c).Service!.Phase);
        var terminatedOnAsOf = c with { AsOf = Support.Cases.AsOf.AddDays(-1), Contract = c.Contract! with { TerminatedEarlyOn = Support.Cases.AsOf.AddDays(-1) } };
        Assert.Equal(ServicePhase.TerminatedEarly, Support.TestEngine.Evaluate(terminatedOnAsOf).Service!.Phase);
        var running = c with { Contract = c.Contract! with { TerminatedEarlyOn = null } };
        Assert.Equal(ServicePhase.Training, Support.TestEngine.Evaluate(running).Service!.Phase);
    }
}
