using System.Text.Json.Nodes;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// A date written yyyy-MM-dd that names no day (30 February, month 13) is told apart from a badly written one:
/// the error says the day does not exist, and why.
/// </summary>
public sealed class ImpossibleDateTests
{
    [Theory]
    [InlineData("2024-02-30", "February 2024 has 29 days")]
    [InlineData("2023-02-29", "February 2023 has 28 days")]
    [InlineData("2024-04-31", "April 2024 has 30 days")]
    [InlineData("2024-13-01", "there is no month 13")]
    [InlineData("2024-00-10", "there is no month 00")]
    [InlineData("2024-10-00", "there is no day 00")]
    [InlineData("0000-01-01", "there is no year 0000")]
    public void A_well_written_date_that_does_not_exist_says_so(string value, string why)
    {
        var json = JsonCases.With(d => d["asOf"] = value);

        var error = JsonCases.AssertUnreadable(json, "asOf");

        Assert.Equal($"{value} is written yyyy-MM-dd but does not exist: {why}.", error.Message);
    }

    [Theory]
    [InlineData("applicant", "birthDate")]
    [InlineData("contract", "startDate")]
    [InlineData("contract", "terminatedEarlyOn")]
    public void Every_date_field_says_so(string owner, string field)
    {
        var json = JsonCases.With(d => d[owner]![field] = "2023-02-29");

        var error = JsonCases.AssertUnreadable(json, $"{owner}.{field}");

        Assert.Equal("2023-02-29 is written yyyy-MM-dd but does not exist: February 2023 has 28 days.", error.Message);
    }

    [Fact]
    public void An_injury_date_says_so()
    {
        var json = JsonCases.With(d => d["injuries"]![0]!["date"] = "2024-09-31");

        var error = JsonCases.AssertUnreadable(json, "injuries[0].date");

        Assert.Equal("2024-09-31 is written yyyy-MM-dd but does not exist: September 2024 has 30 days.", error.Message);
    }

    [Theory]
    [InlineData("2024-1-01")]
    [InlineData("24-10-01")]
    [InlineData("2024/10/01")]
    [InlineData("2024-10-01 ")]
    [InlineData("２０２４-10-01")]
    [InlineData("+024-10-01")]
    [InlineData("2024-1a-01")]
    public void A_badly_written_date_keeps_the_format_message(string value)
    {
        var json = JsonCases.With(d => d["asOf"] = value);

        var error = JsonCases.AssertUnreadable(json, "asOf");

        Assert.Equal("must be a date written yyyy-MM-dd.", error.Message);
    }

    [Fact]
    public void The_29th_of_February_of_a_leap_year_is_a_date()
    {
        var read = PolicyJson.ReadCase(JsonCases.With(d => d["asOf"] = "2024-02-29"));

        Assert.Empty(read.Errors);
        Assert.Equal(new DateOnly(2024, 2, 29), read.Case!.AsOf);
    }

    [Fact]
    public void A_date_that_is_not_a_string_keeps_the_format_message()
    {
        var json = JsonCases.With(d => d["asOf"] = JsonValue.Create(20240230));

        var error = JsonCases.AssertUnreadable(json, "asOf");

        Assert.Equal("must be a date written yyyy-MM-dd.", error.Message);
    }
}
