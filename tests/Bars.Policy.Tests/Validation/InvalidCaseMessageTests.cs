using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>An invalid case is told what is wrong in its own words: whose field, camelCase, and every error at once.</summary>
public sealed class InvalidCaseMessageTests
{
    [Fact]
    public void An_unknown_field_is_said_of_its_own_object()
    {
        var read = PolicyJson.ReadCase("""{"caseId":"x","nickname":"a","applicant":{"shoeSize":1},"contract":{"endDate":"2025-01-01"},"injuries":[{"severity":1}]}""");
        Assert.Contains(new ValidationError("nickname", "is not a field of the case."), read.Errors);
        Assert.Contains(new ValidationError("applicant.shoeSize", "is not a field of the applicant."), read.Errors);
        Assert.Contains(new ValidationError("contract.endDate", "is not a field of the contract."), read.Errors);
        Assert.Contains(new ValidationError("injuries[0].severity", "is not a field of an injury."), read.Errors);
    }

    [Fact]
    public void A_pascal_case_field_is_told_fields_are_camel_case()
    {
        // What JsonSerializer.Serialize(case) writes with its default options.
        var read = PolicyJson.ReadCase("""{"CaseId":"x","Region":"Kursk","AsOf":"2024-10-01","Applicant":{"BirthDate":"1990-01-01","Sex":"Male"}}""");
        Assert.Contains(new ValidationError("CaseId", "is not a field of the case. Fields are camelCase: did you mean 'caseId'?"), read.Errors);
        Assert.Contains(new ValidationError("Applicant", "is not a field of the case. Fields are camelCase: did you mean 'applicant'?"), read.Errors);
    }

    [Fact]
    public void Type_errors_and_value_errors_come_in_one_round()
    {
        // Two type errors (sex, months) and two value errors of what could be read (the region, the contract's start
        // after asOf is fine; the birth after asOf is not).
        const string json = """
            {"caseId":"x","region":"Moscow","asOf":"2024-10-01",
             "applicant":{"birthDate":"2030-01-01","sex":"male"},
             "contract":{"months":"twelve","startDate":"2024-09-01"}}
            """;
        var errors = TestEngine.Instance.EvaluateJson(json).Errors;
        Assert.Contains(errors, e => e.Path == "applicant.sex" && e.Message.Contains("Male or Female", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "contract.months");
        Assert.Contains(errors, e => e.Path == "region" && e.Message.Contains("not a known region", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "applicant.birthDate");
        // A field in error is not reported again as missing.
        Assert.Single(errors, e => e.Path == "applicant.sex");
        Assert.Single(errors, e => e.Path == "contract.months");
        Assert.Equal(errors, TestEngine.Instance.EvaluateJson(System.Text.Encoding.UTF8.GetBytes(json)).Errors);
    }
}
