using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>
/// An error says its kind, so a host (the tool's hint about a population's extra columns) acts on it without reading
/// its words; the kind is not part of the error's value, so a decision read back from its JSON equals the one written.
/// </summary>
public sealed class ValidationErrorKindTests
{
    [Fact]
    public void A_field_its_object_does_not_have_is_an_unknown_field_wherever_it_is()
    {
        var read = PolicyJson.ReadCase("""{"caseId":"x","nickname":"a","CaseId":"y","applicant":{"shoeSize":1},"contract":{"endDate":"2025-01-01"},"injuries":[{"severity":1}]}""");
        Assert.Equal(["nickname", "CaseId", "applicant.shoeSize", "contract.endDate", "injuries[0].severity"], read.Errors.Where(e => e.Kind == ValidationErrorKind.UnknownField).Select(e => e.Path));
        Assert.All(read.Errors, e => Assert.Equal(ValidationErrorKind.UnknownField, e.Kind));
    }

    [Theory]
    [InlineData("""{"caseId":"x","applicant":5}""")]
    [InlineData("""{"caseId":"x","asOf":"2024-02-30"}""")]
    [InlineData("""{"caseId":"x","caseId":"y"}""")]
    [InlineData("""{"caseId":"x",""")]
    [InlineData("""{"caseId":"x","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1990-01-01","sex":"Male"},"contract":{"months":0,"startDate":"2024-01-01"}}""")]
    public void Every_other_problem_is_invalid(string json)
    {
        var errors = TestEngine.Instance.EvaluateJson(json).Errors;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(ValidationErrorKind.Invalid, e.Kind));
    }

    [Fact]
    public void A_decision_with_an_unknown_field_reads_back_equal_to_the_one_written()
    {
        var decision = TestEngine.Instance.EvaluateJson("""{"caseId":"x","colour":"red"}""");
        Assert.Contains(decision.Errors, e => e.Kind == ValidationErrorKind.UnknownField);
        var read = PolicyJson.ReadDecision(PolicyJson.Write(decision));
        Assert.Equal(decision, read);
        Assert.Equal(decision.GetHashCode(), read.GetHashCode());
    }
}
