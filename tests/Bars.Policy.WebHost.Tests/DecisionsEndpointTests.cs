using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bars.Policy.WebHost.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bars.Policy.WebHost.Tests;

/// <summary><c>POST /decisions</c>: one case in the JSON contract.</summary>
public sealed class DecisionsEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const int OneMiB = 1024 * 1024;
    private readonly HttpClient client = factory.CreateClient();

    [Fact]
    public async Task Bryansk_sample_is_200_with_an_eligible_decision_paying_40000_a_month()
    {
        var response = await client.PostCaseAsync(Repo.Sample("bryansk-case.json"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var decision = PolicyJson.ReadDecision(body);
        Assert.True(decision.IsValid);
        Assert.Equal("sample-bryansk-1", decision.CaseId);
        Assert.Equal(EnlistmentOutcome.Eligible, decision.Enlistment!.Outcome);
        var pay = decision.Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Entitled, pay.Status);
        Assert.Equal(40000m, pay.AmountRub);
        Assert.Equal(PaymentPeriod.Month, pay.Period);
    }

    [Fact]
    public async Task Decision_body_is_exactly_what_PolicyJson_Write_produces()
    {
        var json = Repo.Sample("bryansk-case.json");
        var expected = PolicyJson.Write(PolicyEngine.CreateDefault().EvaluateJson(json));

        var response = await client.PostCaseAsync(json);

        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_region_is_400_problem_naming_region_with_the_caseId()
    {
        var node = JsonNode.Parse(Repo.Sample("bryansk-case.json"))!;
        node["region"] = "Atlantis";

        var problem = await (await client.PostCaseAsync(node.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.Errors());
        Assert.Equal("region", error.Path);
        Assert.Contains("Atlantis", error.Message, StringComparison.Ordinal);
        Assert.Equal("sample-bryansk-1", problem["caseId"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"caseId\": \"c-9\", \"region\": ")]
    [InlineData("{\"caseId\": \"c-9\",, }")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("null")]
    [InlineData("")]
    public async Task Malformed_json_is_400_problem_not_500(string body)
    {
        var problem = await (await client.PostCaseAsync(body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.NotEmpty(problem.Errors());
    }

    [Fact]
    public async Task Malformed_json_keeps_the_caseId_when_it_could_be_read()
    {
        var problem = await (await client.PostCaseAsync("{\"caseId\": \"c-9\", \"region\": ")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("c-9", problem["caseId"]?.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_field_is_400_problem_naming_the_field()
    {
        var node = JsonNode.Parse(Repo.Sample("bryansk-case.json"))!;
        node["applicant"]!["shoeSize"] = 44;

        var problem = await (await client.PostCaseAsync(node.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);

        var error = Assert.Single(problem.Errors());
        Assert.Equal("applicant.shoeSize", error.Path);
    }

    [Fact]
    public async Task Wrong_type_is_400_problem_naming_the_field()
    {
        var node = JsonNode.Parse(Repo.Sample("bryansk-case.json"))!;
        node["contract"]!["months"] = "twelve";

        var problem = await (await client.PostCaseAsync(node.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("contract.months", Assert.Single(problem.Errors()).Path);
    }

    [Fact]
    public async Task Impossible_values_are_400_problem_listing_every_error()
    {
        var node = JsonNode.Parse(Repo.Sample("bryansk-case.json"))!;
        node["applicant"]!["birthDate"] = "2030-01-01";
        node["contract"]!["months"] = -1;

        var problem = await (await client.PostCaseAsync(node.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);

        var paths = problem.Errors().Select(e => e.Path).ToList();
        Assert.Contains("applicant.birthDate", paths);
        Assert.Contains("contract.months", paths);
    }

    [Fact]
    public async Task Body_of_exactly_the_limit_is_accepted()
    {
        var json = Repo.Sample("bryansk-case.json");
        var body = json + new string(' ', OneMiB - Encoding.UTF8.GetByteCount(json));

        var response = await client.PostCaseAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Oversize_body_is_413_problem()
    {
        var json = Repo.Sample("bryansk-case.json");
        var body = json + new string(' ', OneMiB + 1 - Encoding.UTF8.GetByteCount(json));

        await (await client.PostCaseAsync(body)).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Oversize_body_without_a_content_length_is_413_problem()
    {
        var body = Encoding.UTF8.GetBytes(Repo.Sample("bryansk-case.json") + new string(' ', 2 * OneMiB));

        var response = await client.PostAsync("/decisions", new Http.Unsized(body));

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
