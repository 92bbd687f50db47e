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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
