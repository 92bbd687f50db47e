using System.Net;
using System.Text;
using Bars.Policy.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Bars.Policy.WebHost.Tests.Support;

namespace Bars.Policy.WebHost.Tests;

/// <summary>
/// Issue 22, point 2: a minimal-API endpoint that takes a <see cref="PolicyCase"/> answered 200 for a case with an
/// unknown field (which <see cref="PolicyEngine.EvaluateJson(string)"/> refuses) and an empty 400 for
/// <c>"sex":"male"</c>. With <see cref="BarsPolicyEndpoints.AddBarsPolicyEndpoints"/>, the case is read by the
/// library's own reader and an invalid one is a 400 problem listing every error with its path.
/// </summary>
public sealed class PolicyCaseBindingTests
{
    private const string Valid = """{"caseId":"b-1","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1980-05-01","sex":"Male"},"contract":{"months":12,"startDate":"2024-09-01"}}""";

    [Fact]
    public async Task Without_the_package_the_endpoint_is_a_trap_200_for_an_unknown_field_and_an_empty_400_for_a_wrong_sex()
    {
        await using var host = await HostAsync(withPackage: false);
        using var client = host.GetTestClient();

        using var unknown = await client.PostCaseAsync(Valid.Replace("\"caseId\"", "\"nickname\":\"x\",\"caseId\"", StringComparison.Ordinal), "/decide");
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);

        using var male = await client.PostCaseAsync(Valid.Replace("\"Male\"", "\"male\"", StringComparison.Ordinal), "/decide");
        Assert.Equal((HttpStatusCode.BadRequest, ""), (male.StatusCode, await male.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_unknown_field_is_a_400_problem_with_the_library_s_message(bool statusCodePages)
    {
        await using var host = await HostAsync(withPackage: true, statusCodePages);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync(Valid.Replace("\"caseId\"", "\"nickname\":\"x\",\"caseId\"", StringComparison.Ordinal), "/decide");
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal([("nickname", "is not a field of the case.")], problem.Errors());
        Assert.Equal("b-1", problem["caseId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_error_of_a_case_is_listed_in_one_round_with_its_path(bool statusCodePages)
    {
        await using var host = await HostAsync(withPackage: true, statusCodePages);
        using var client = host.GetTestClient();
        var body = Valid.Replace("\"Male\"", "\"male\"", StringComparison.Ordinal).Replace("2024-10-01", "2025-02-30", StringComparison.Ordinal).Replace("\"Kursk\"", "\"kursk\"", StringComparison.Ordinal);

        using var response = await client.PostCaseAsync(body, "/decide");
        var errors = (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors();

        Assert.Contains(("applicant.sex", "must be Male or Female."), errors);
        Assert.Contains(("asOf", "2025-02-30 is written yyyy-MM-dd but does not exist: February 2025 has 28 days."), errors);
        Assert.Contains(errors, e => e.Path == "region" && e.Message.EndsWith("Did you mean 'Kursk'?", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_saying_where(bool statusCodePages)
    {
        await using var host = await HostAsync(withPackage: true, statusCodePages);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync("{\"caseId\": \"b-1\",\n broken", "/decide");
        if (statusCodePages)
        {
            // The host's status-code pages answer a body JSON cannot read before the package sees it: a problem, without the library's line.
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            return;
        }

        // In Production the bad request is not thrown: the package sees only its 400, so it names no line.
        var error = Assert.Single((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors());
        Assert.Equal(("$", "is not valid JSON."), error);
    }

    [Fact]
    public async Task A_valid_case_is_bound_and_decided_as_the_engine_decides_it()
    {
        await using var host = await HostAsync(withPackage: true);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync(Valid, "/decide");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var engine = host.Services.GetRequiredService<PolicyEngine>();
        Assert.Equal(PolicyJson.Write(engine.EvaluateJson(Valid)), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/why-not")]
    [InlineData("/screen")]
    [InlineData("/timeline?from=2024-01-01&to=2026-12-31")]
    [InlineData("/decisions")]
    public async Task Each_endpoint_answers_a_valid_case_as_the_library_does_and_an_invalid_one_with_its_errors(string path)
    {
        await using var host = await HostAsync(withPackage: true);
        using var client = host.GetTestClient();
        var engine = host.Services.GetRequiredService<PolicyEngine>();
        var c = PolicyJson.ReadCase(Valid).Case!;
        var expected = path switch
        {
            "/why-not" => PolicyJson.Write(engine.WhyNot(c)),
            "/screen" => PolicyJson.Write(engine.Screen(c)),
            "/decisions" => PolicyJson.Write(engine.Evaluate(c)),
            _ => PolicyJson.Write(engine.Timeline(c, new DateOnly(2024, 1, 1), new DateOnly(2026, 12, 31))),
        };

        using var valid = await client.PostCaseAsync(Valid, path);
        Assert.Equal((HttpStatusCode.OK, expected), (valid.StatusCode, await valid.Content.ReadAsStringAsync()));

        using var invalid = await client.PostCaseAsync(Valid.Replace("\"Male\"", "\"male\"", StringComparison.Ordinal), path);
        Assert.Contains(("applicant.sex", "must be Male or Female."), (await invalid.ProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Theory]
    [InlineData("/timeline")]
    [InlineData("/timeline?from=2024-01-01&to=2023-01-01")]
    [InlineData("/timeline?from=2024-02-30&to=2025-01-01")]
    public async Task A_timeline_without_a_window_of_two_days_is_a_400_problem(string path)
    {
        await using var host = await HostAsync(withPackage: true);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync(Valid, path);
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("from and to", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void MapBarsPolicy_without_its_services_says_which_call_is_missing()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddBarsPolicy();
        var app = builder.Build();
        var failure = Assert.Throws<InvalidOperationException>(() => app.MapBarsPolicy());
        Assert.Contains("AddBarsPolicyEndpoints()", failure.Message, StringComparison.Ordinal);
    }

    // A host of its own: one plain minimal-API endpoint that takes a PolicyCase, and the package's endpoints.
    private static async Task<WebApplication> HostAsync(bool withPackage, bool statusCodePages = false)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        if (withPackage) builder.Services.AddBarsPolicyEndpoints();
        else builder.Services.AddBarsPolicy();
        if (statusCodePages) builder.Services.AddProblemDetails();
        var app = builder.Build();
        if (statusCodePages) app.UseStatusCodePages();
        app.MapPost("/decide", (PolicyCase c, PolicyEngine engine) => Results.Text(PolicyJson.Write(engine.Evaluate(c)), "application/json", Encoding.UTF8));
        if (withPackage) app.MapBarsPolicy();
        await app.StartAsync();
        return app;
    }
}
