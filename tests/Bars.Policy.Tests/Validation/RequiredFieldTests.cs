using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Validation;

/// <summary>The case's required fields: caseId, region, asOf, applicant, its birth date and sex.</summary>
public sealed class RequiredFieldTests
{
    [Fact]
    public void Missing_caseId_is_an_error_at_caseId()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { CaseId = null });

        InvalidDecision.AssertSingleError(decision, "caseId");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_caseId_is_an_error_at_caseId(string caseId)
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { CaseId = caseId });

        InvalidDecision.AssertSingleError(decision, "caseId");
    }

    [Fact]
    public void Missing_region_is_an_error_at_region()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { Region = null });

        InvalidDecision.AssertSingleError(decision, "region");
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("kursk")]
    [InlineData("")]
    public void Unknown_region_is_an_error_at_region_that_lists_the_known_regions(string region)
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { Region = region });

        var error = InvalidDecision.AssertSingleError(decision, "region");
        foreach (var known in Regions.All)
        {
            Assert.Contains(known, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_region_is_echoed_in_the_invalid_decision()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { Region = "Atlantis" });

        InvalidDecision.AssertSingleError(decision, "region");
        Assert.Equal("test-1", decision.CaseId);
        Assert.Equal("Atlantis", decision.Region);
        Assert.Equal(Cases.AsOf, decision.AsOf);
    }

    [Fact]
    public void Missing_asOf_is_an_error_at_asOf()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { AsOf = null });

        InvalidDecision.AssertSingleError(decision, "asOf");
    }

    [Fact]
    public void Missing_applicant_is_an_error_at_applicant()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk) with { Applicant = null });

        InvalidDecision.AssertSingleError(decision, "applicant");
    }

    [Fact]
    public void Missing_birthDate_is_an_error_at_applicant_birthDate()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, Cases.Man() with { BirthDate = null }));

        InvalidDecision.AssertSingleError(decision, "applicant.birthDate");
    }

    [Fact]
    public void Missing_sex_is_an_error_at_applicant_sex()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, Cases.Man() with { Sex = null }));

        InvalidDecision.AssertSingleError(decision, "applicant.sex");
    }

    [Fact]
    public void Undefined_sex_value_is_an_error_at_applicant_sex()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, Cases.Man() with { Sex = (Sex)7 }));

        InvalidDecision.AssertSingleError(decision, "applicant.sex");
    }

    [Fact]
    public void An_empty_case_reports_every_required_field()
    {
        var decision = TestEngine.Evaluate(new PolicyCase(null, null, null, null));

        InvalidDecision.AssertNothingEvaluated(decision);
        Assert.Equal(["applicant", "asOf", "caseId", "region"], decision.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(decision.Errors, e => InvalidDecision.AssertPlain(e.Message));
    }

    [Fact]
    public void Null_case_is_a_programming_error_and_throws()
    {
        Assert.Throws<ArgumentNullException>(() => TestEngine.Instance.Evaluate(null!));
    }
}
