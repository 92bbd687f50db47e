using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bars.Policy.Explorer.Tests;

/// <summary>The explorer's pages over HTTP, in process: what a browser is sent, before any script runs.</summary>
public sealed partial class ExplorerHttpTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> host;

    public ExplorerHttpTests(WebApplicationFactory<Program> host) => this.host = host;

    [Theory]
    [InlineData("/")]
    [InlineData("/rules")]
    public async Task A_page_allows_only_the_hosts_own_scripts_and_styles_and_links_to_nothing_outside(string path)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);

        var html = await response.Content.ReadAsStringAsync();
        var references = Reference().Matches(html).Select(m => m.Groups["url"].Value).ToArray();
        Assert.NotEmpty(references);
        Assert.All(references, url => Assert.Matches("^(/|#)", url));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/explorer.css", "text/css")]
    [InlineData("/explorer.js", "text/javascript")]
    public async Task The_script_and_the_style_are_served_by_the_host(string path, string mediaType)
    {
        using var client = host.CreateClient();
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_posted_case_is_decided_and_an_invalid_one_is_answered_422_with_the_error_beside_its_field()
    {
        using var client = host.CreateClient();
        var token = Token().Match(await client.GetStringAsync("/")).Groups["token"].Value;
        Assert.NotEmpty(token);

        using var valid = await client.PostAsync("/", Form(token, ("applicant.birthDate", "1990-05-01"), ("applicant.sex", "Female")));
        Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
        var decided = await valid.Content.ReadAsStringAsync();
        Assert.Contains("data-status=\"Ineligible\"", decided, StringComparison.Ordinal);
        Assert.Contains("data-rule=\"Enlistment.KurskWomanWithoutMedicalQualification\"", decided, StringComparison.Ordinal);

        using var invalid = await client.PostAsync("/", Form(token, ("applicant.birthDate", "2030-01-01"), ("applicant.sex", "Female")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        var page = await invalid.Content.ReadAsStringAsync();
        Assert.Matches("<p class=\"field-error\" id=\"applicant-birthDate-error\">2030-01-01 is after the evaluation date asOf \\(2024-10-01\\)\\.</p>", page);
        Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"decision\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Why_not_what_next_when_and_the_policy_are_written_by_the_server_before_any_script_runs()
    {
        using var client = host.CreateClient();
        var token = Token().Match(await client.GetStringAsync("/")).Groups["token"].Value;
        using var response = await client.PostAsync("/", Form(token, ("applicant.birthDate", "2007-05-01"), ("applicant.sex", "Male"),
            ("applicant.criminalConviction", "unknown"), ("timeline.from", "2024-10-01"), ("timeline.to", "2026-12-31")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();

        var engine = (PolicyEngine)host.Services.GetService(typeof(PolicyEngine))!;
        var young = new PolicyCase("http-1", "Kursk", new DateOnly(2024, 10, 1), new Applicant(new DateOnly(2007, 5, 1), Sex.Male)) { Unknown = ["criminalConviction"] };
        var whyNot = engine.WhyNot(young);
        var screening = engine.Screen(young);
        var timeline = engine.Timeline(young, new DateOnly(2024, 10, 1), new DateOnly(2026, 12, 31));
        Assert.Contains("id=\"why-not-enlistment\"", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(whyNot.Questions[0].Summary), html, StringComparison.Ordinal);
        Assert.Equal(screening.NextQuestions.Select(q => q.Fact), DataFact().Matches(html).Select(m => m.Groups["fact"].Value));
        Assert.Equal(timeline.Entries.Select(e => e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), DataDate().Matches(html).Select(m => m.Groups["date"].Value));
        Assert.Contains("2025-05-01", string.Join(" ", DataDate().Matches(html).Select(m => m.Groups["date"].Value)), StringComparison.Ordinal);
        Assert.Contains($"<code id=\"policy-fingerprint\">{engine.Policy.Fingerprint}</code>", html, StringComparison.Ordinal);
        Assert.Matches("id=\"applicant-criminalConviction-unknown\" name=\"applicant.criminalConviction\" value=\"unknown\" checked=\"checked\"", html);
    }

    [Fact]
    public async Task A_post_without_the_pages_antiforgery_token_is_refused()
    {
        using var client = host.CreateClient();
        using var response = await client.PostAsync("/", Form(null, ("applicant.birthDate", "1990-05-01"), ("applicant.sex", "Female")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static FormUrlEncodedContent Form(string? token, params (string, string)[] applicant)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("caseId", "http-1"), new("region", "Kursk"), new("asOf", "2024-10-01"),
        };
        fields.AddRange(applicant.Select(a => new KeyValuePair<string, string>(a.Item1, a.Item2)));
        if (token is not null) fields.Add(new("__RequestVerificationToken", token));
        return new FormUrlEncodedContent(fields);
    }

    [GeneratedRegex("(?:src|href|action)=\"(?<url>[^\"]*)\"")]
    private static partial Regex Reference();

    [GeneratedRegex("class=\"next-question\" data-fact=\"(?<fact>[^\"]+)\"")]
    private static partial Regex DataFact();

    [GeneratedRegex("class=\"timeline-entry\" data-date=\"(?<date>[^\"]+)\"")]
    private static partial Regex DataDate();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
