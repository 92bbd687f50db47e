using System.Net;
using Bars.Policy.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Bars.Policy.WebHost.Tests.Support;

namespace Bars.Policy.WebHost.Tests;

/// <summary>
/// The binding of a <see cref="PolicyCase"/> parameter in the hosts people run: in Development (where minimal APIs
/// throw bad requests and the developer exception page answers them), behind the host's exception handler, and
/// with the handler returning the decision itself (<c>(PolicyCase c, PolicyEngine e) =&gt; e.Evaluate(c)</c>).
/// </summary>
public sealed class PolicyCaseBindingHostTests
{
    private const string Valid = """{"caseId":"b-1","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1980-05-01","sex":"Male"},"contract":{"months":12,"startDate":"2024-09-01"}}""";

    public enum Style
    {
        Production,
        Development,
        DevelopmentWithExceptionHandler,
        ProductionWithExceptionHandlerAndPages,
    }

    [Theory]
    [InlineData(Style.Production)]
    [InlineData(Style.Development)]
    [InlineData(Style.DevelopmentWithExceptionHandler)]
    [InlineData(Style.ProductionWithExceptionHandlerAndPages)]
    public async Task A_wrong_sex_is_a_400_problem_naming_applicant_sex_in_every_host(Style style)
    {
        await using var host = await HostAsync(style);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync(Valid.Replace("\"Male\"", "\"male\"", StringComparison.Ordinal), "/decide");

        Assert.Contains(("applicant.sex", "must be Male or Female."), (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Theory]
    [InlineData(Style.Production)]
    [InlineData(Style.Development)]
    public async Task An_unknown_field_is_a_400_problem_in_every_host(Style style)
    {
        await using var host = await HostAsync(style);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync(Valid.Replace("\"caseId\"", "\"nickname\":\"x\",\"caseId\"", StringComparison.Ordinal), "/decide");

        Assert.Equal([("nickname", "is not a field of the case.")], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors());
    }

    [Theory]
    [InlineData(Style.Development)]
    [InlineData(Style.DevelopmentWithExceptionHandler)]
    public async Task A_body_that_is_not_JSON_is_a_400_problem_saying_where_when_bad_requests_are_thrown(Style style)
    {
        await using var host = await HostAsync(style);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync("{\"caseId\": \"b-1\",\n broken", "/decide");

        var error = Assert.Single((await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors());
        Assert.Equal("$", error.Path);
        Assert.Contains("not valid JSON at line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_request_of_another_endpoint_is_left_to_the_host()
    {
        await using var host = await HostAsync(Style.DevelopmentWithExceptionHandler);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync("{\"n\": \"not a number\"}", "/other");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_the_handler_returns_is_written_as_the_library_writes_it()
    {
        await using var host = await HostAsync(Style.Production);
        using var client = host.GetTestClient();

        using var response = await client.PostCaseAsync(Valid, "/decide");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(PolicyJson.Write(host.Services.GetRequiredService<PolicyEngine>().EvaluateJson(Valid)), body);
    }

    private static async Task<WebApplication> HostAsync(Style style)
    {
        var development = style is Style.Development or Style.DevelopmentWithExceptionHandler;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = development ? Environments.Development : Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Services.AddBarsPolicyEndpoints();
        if (style is Style.DevelopmentWithExceptionHandler or Style.ProductionWithExceptionHandlerAndPages) builder.Services.AddProblemDetails();
        var app = builder.Build();
        if (style is Style.DevelopmentWithExceptionHandler or Style.ProductionWithExceptionHandlerAndPages) app.UseExceptionHandler();
        if (style is Style.ProductionWithExceptionHandlerAndPages) app.UseStatusCodePages();
        app.MapPost("/decide", (PolicyCase c, PolicyEngine e) => e.Evaluate(c));
        app.MapPost("/other", (Other o) => o.N);
        await app.StartAsync();
        return app;
    }

    /// <summary>A body another endpoint of the host takes.</summary>
    public sealed record Other(int N);
}
