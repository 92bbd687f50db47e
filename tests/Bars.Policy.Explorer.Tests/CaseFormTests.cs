using System.Text;
using Bars.Policy.Samples.WebHost.Explorer;
using Bars.Policy.Samples.WebHost.Pages;
using Bars.Policy.Synthetic;
using FsCheck.Xunit;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Bars.Policy.Explorer.Tests;

/// <summary>The form as the JSON contract: what a posted form says is the case the library decides, and its errors land beside their fields.</summary>
public sealed class CaseFormTests
{
    private static readonly PolicyEngine Engine = PolicyEngine.CreateDefault();

    [Fact]
    public void A_posted_form_is_the_case_in_the_contracts_words()
    {
        var form = CaseForm.Read(Posted(
            ("caseId", " c-1 "), ("region", "Bryansk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1980-05-01"),
            ("applicant.sex", "Female"), ("applicant.publicOfficial", "true"), ("applicant.criminalConviction", "true"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"), ("contract.terminatedEarlyOn", ""),
            ("injuries[0].date", "2024-09-20"), ("injuries[0].onDuty", "true"), ("injuries[1].date", "2024-09-21")));

        Assert.Equal(
            """{"caseId":"c-1","region":"Bryansk","asOf":"2024-10-01","applicant":{"birthDate":"1980-05-01","sex":"Female","publicOfficial":true,"criminalConviction":true},"contract":{"months":12,"startDate":"2024-09-01"},"injuries":[{"date":"2024-09-20","onDuty":true},{"date":"2024-09-21","onDuty":false}]}""",
            Encoding.UTF8.GetString(form.ToJson()));
    }

    [Fact]
    public void Blank_fields_are_left_out_so_the_library_says_what_is_required_and_a_form_without_contract_fields_has_no_contract()
    {
        var form = CaseForm.Read(Posted(("caseId", ""), ("region", ""), ("asOf", ""), ("applicant.birthDate", " "), ("contract.months", ""), ("contract.startDate", "")));
        Assert.False(form.HasContract);
        Assert.Equal("""{"applicant":{}}""", Encoding.UTF8.GetString(form.ToJson()));

        var decision = Engine.EvaluateJson(form.ToJson());
        var errors = new FieldErrors(decision.Errors, IndexModel.FieldIds(form));
        foreach (var field in new[] { "caseId", "region", "asOf", "applicant-birthDate", "applicant-sex" })
        {
            Assert.Contains("is required", Assert.Single(errors.Of(field)), StringComparison.Ordinal);
        }

        Assert.Empty(errors.Form);
    }

    [Fact]
    public void A_value_that_is_not_what_its_field_takes_is_sent_as_typed_and_the_librarys_error_is_shown_beside_it()
    {
        var form = CaseForm.Read(Posted(("caseId", "c"), ("region", "Kursk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1990-02-30"),
            ("applicant.sex", "Male"), ("contract.months", "twelve"), ("contract.startDate", "2024-09-01"), ("injuries[0].date", "yesterday")));
        var decision = Engine.EvaluateJson(form.ToJson());
        var errors = new FieldErrors(decision.Errors, IndexModel.FieldIds(form));

        Assert.Equal(["1990-02-30 is written yyyy-MM-dd but does not exist: February 1990 has 28 days."], errors.Of("applicant-birthDate"));
        Assert.Equal(["must be a whole number of months."], errors.Of("contract-months"));
        Assert.Equal(["must be a date written yyyy-MM-dd."], errors.Of("injuries-0-date"));
        Assert.Equal(decision.Errors.Count, errors.All.Count);
        Assert.Contains(errors.All, e => e is { Field: "applicant-birthDate", Label: "Date of birth" });
    }

    [Theory]
    [InlineData("applicant.birthDate", "applicant-birthDate")]
    [InlineData("$.applicant.birthDate", "applicant-birthDate")]
    [InlineData("injuries[0].date", "injuries-0-date")]
    [InlineData("$.injuries[12].onDuty", "injuries-12-onDuty")]
    [InlineData("injuries[3]", "injuries-3")]
    [InlineData("contract", "contract")]
    [InlineData("$", null)]
    [InlineData("", null)]
    public void An_error_path_names_its_fields_element(string path, string? id) => Assert.Equal(id, FieldErrors.IdOf(path));

    [Fact]
    public void An_error_whose_field_the_form_lacks_goes_to_the_nearest_enclosing_one_or_to_the_whole_form()
    {
        var fields = new Dictionary<string, string> { ["injuries"] = "Injuries", ["injuries-0"] = "Injury 1", ["applicant"] = "The applicant" };
        var errors = new FieldErrors(
            [new("injuries[0].onDuty", "is required: true or false."), new("$.applicant.nickname", "is not a field."), new("$", "is not valid JSON."), new("injuries[4].date", "x.")],
            fields);
        Assert.Equal(["is required: true or false."], errors.Of("injuries-0"));
        Assert.Equal(["is not a field."], errors.Of("applicant"));
        Assert.Equal(["x."], errors.Of("injuries"));
        Assert.Equal(["is not valid JSON."], errors.Form);
        Assert.Equal([(null, null, "is not valid JSON.")], errors.All.Where(e => e.Field is null));
    }

    /// <summary>Each flag's claims are the truth: ticking it, somewhere, brings a finding citing each of them that was not there.</summary>
    [Fact]
    public void Each_applicant_flag_changes_a_finding_citing_the_claims_the_form_says_it_matters_for()
    {
        foreach (var flag in ApplicantFlag.All)
        {
            foreach (var claim in flag.Claims)
            {
                var shown = Engine.Regions.Any(region => new[] { "Male", "Female" }.Any(sex =>
                {
                    var without = Decide(region, sex, null);
                    var with = Decide(region, sex, flag.Field);
                    return Findings(with).Except(Findings(without)).Any(f => f.Claims.Contains(claim));
                }));
                Assert.True(shown, $"{flag.Field}: no region or sex where ticking it brings a finding citing {claim}");
            }
        }

        PolicyDecision Decide(string region, string sex, string? flag)
        {
            var fields = new List<(string, string)>
            {
                ("caseId", "flag"), ("region", region), ("asOf", "2024-10-01"), ("applicant.birthDate", "1985-03-01"), ("applicant.sex", sex),
                ("contract.months", "12"), ("contract.startDate", "2024-09-01"),
            };
            if (flag is not null) fields.Add(($"applicant.{flag}", "true"));
            var decision = Engine.EvaluateJson(CaseForm.Read(Posted([.. fields])).ToJson());
            Assert.True(decision.IsValid);
            return decision;
        }

        static IEnumerable<Finding> Findings(PolicyDecision d) =>
            d.Enlistment!.Findings.Concat(d.Entitlements.SelectMany(e => e.Findings)).Concat(d.Obligations.SelectMany(o => o.Findings)).Concat(d.Service!.Findings);
    }

    [Fact]
    public void Every_flag_of_the_contracts_applicant_is_on_the_form_once()
    {
        var contractFlags = typeof(Applicant).GetProperties().Where(p => p.PropertyType == typeof(bool)).Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        Assert.Equal(contractFlags.Order(), ApplicantFlag.All.Select(f => f.Field).Order());
        Assert.All(ApplicantFlag.All, f => Assert.All(f.Claims, c => Assert.Contains(Engine.Describe().Claims, k => k.Id == c)));
    }

    /// <summary>A case put in the form and read back as JSON is decided exactly as the case itself.</summary>
    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public bool A_case_in_the_form_is_decided_as_the_case(int seed)
    {
        var policyCase = SyntheticCases.Valid(1, seed)[0];
        return Engine.EvaluateJson(CaseForm.Of(policyCase).ToJson()) == Engine.Evaluate(policyCase);
    }

    private static FormCollection Posted(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => new StringValues(f.Value)));
}
