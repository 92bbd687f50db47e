using System.Text.Json.Nodes;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>The same validation rules reached through EvaluateJson: the paths are the JSON paths of the contract.</summary>
public sealed class JsonValidationTests
{
    private const string Valid = """
        { "caseId": "j-1", "region": "Kursk", "asOf": "2024-10-01",
          "applicant": { "birthDate": "1980-05-01", "sex": "Male" },
          "contract": { "months": 12, "startDate": "2024-09-01", "terminatedEarlyOn": null },
          "injuries": [ { "date": "2024-09-20", "onDuty": true } ] }
        """;

    private static PolicyDecision Evaluate(Action<JsonObject> change)
    {
        var doc = JsonNode.Parse(Valid)!.AsObject();
        change(doc);
        return TestEngine.Instance.EvaluateJson(doc.ToJsonString());
    }

    [Fact]
    public void The_base_document_is_valid()
    {
        InvalidDecision.AssertValid(Evaluate(_ => { }));
    }

    [Theory]
    [InlineData("caseId")]
    [InlineData("region")]
    [InlineData("asOf")]
    [InlineData("applicant")]
    public void An_absent_required_top_level_field_is_an_error_at_its_name(string field)
    {
        var decision = Evaluate(d => d.Remove(field));

        InvalidDecision.AssertSingleError(decision, field);
    }

    [Theory]
    [InlineData("caseId")]
    [InlineData("region")]
    [InlineData("asOf")]
    [InlineData("applicant")]
    public void A_null_required_top_level_field_is_an_error_at_its_name(string field)
    {
        var decision = Evaluate(d => d[field] = null);

        InvalidDecision.AssertSingleError(decision, field);
    }

    [Theory]
    [InlineData("birthDate")]
    [InlineData("sex")]
    public void An_absent_applicant_field_is_an_error_at_its_path(string field)
    {
        var decision = Evaluate(d => d["applicant"]!.AsObject().Remove(field));

        InvalidDecision.AssertSingleError(decision, "applicant." + field);
    }

    [Theory]
    [InlineData("months")]
    [InlineData("startDate")]
    public void An_absent_contract_field_is_an_error_at_its_path(string field)
    {
        var decision = Evaluate(d => d["contract"]!.AsObject().Remove(field));

        InvalidDecision.AssertSingleError(decision, "contract." + field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Non_positive_months_is_an_error_at_contract_months(int months)
    {
        var decision = Evaluate(d => d["contract"]!["months"] = months);

        InvalidDecision.AssertSingleError(decision, "contract.months");
    }

    [Fact]
    public void An_absent_onDuty_is_an_error_at_its_path()
    {
        var decision = Evaluate(d => d["injuries"]![0]!.AsObject().Remove("onDuty"));

        InvalidDecision.AssertSingleError(decision, "injuries[0].onDuty");
    }

    [Fact]
    public void I12_an_injury_on_duty_without_a_contract_is_an_error_at_its_onDuty()
    {
        var decision = Evaluate(d => d.Remove("contract"));

        InvalidDecision.AssertSingleError(decision, "injuries[0].onDuty");
    }

    [Fact]
    public void Unknown_region_is_an_error_at_region_and_the_case_is_echoed()
    {
        var decision = Evaluate(d => d["region"] = "Atlantis");

        var error = InvalidDecision.AssertSingleError(decision, "region");
        Assert.All(Regions.All, r => Assert.Contains(r, error.Message, StringComparison.Ordinal));
        Assert.Equal("j-1", decision.CaseId);
        Assert.Equal("Atlantis", decision.Region);
        Assert.Equal(new DateOnly(2024, 10, 1), decision.AsOf);
    }

    [Fact]
    public void Birth_date_after_asOf_is_an_error_at_applicant_birthDate()
    {
        var decision = Evaluate(d => d["applicant"]!["birthDate"] = "2024-10-02");

        InvalidDecision.AssertSingleError(decision, "applicant.birthDate");
    }

    [Fact]
    public void Injury_before_contract_start_is_an_error_at_its_date()
    {
        var decision = Evaluate(d => d["injuries"]![0]!["date"] = "2024-08-31");

        InvalidDecision.AssertSingleError(decision, "injuries[0].date");
    }

    [Fact]
    public void Termination_on_the_contracts_end_day_is_an_error_at_contract_terminatedEarlyOn()
    {
        var decision = Evaluate(d =>
        {
            d["asOf"] = "2025-10-01";
            d["contract"]!["terminatedEarlyOn"] = "2025-09-01";
        });

        InvalidDecision.AssertSingleError(decision, "contract.terminatedEarlyOn");
    }

    [Fact]
    public void Termination_on_the_last_day_of_term_is_valid()
    {
        var decision = Evaluate(d =>
        {
            d["asOf"] = "2025-10-01";
            d["contract"]!["terminatedEarlyOn"] = "2025-08-31";
        });

        InvalidDecision.AssertValid(decision);
    }
}
