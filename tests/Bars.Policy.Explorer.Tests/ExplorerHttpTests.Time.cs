using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bars.Policy.Explorer.Tests;

/// <summary>
/// The decision on the time model (I6–I13) as the server writes it: the day enlistment was judged on, each answer's
/// days, rate periods, NotApplicable, the phase with its days, duties only while assigned, the war zone question
/// (C21), who ended a contract (I13) and "Don't know" as unknown, not no (I11). The dates are worked out by hand from
/// claims.md; the rest is asked of the host's engine.
/// </summary>
public sealed partial class ExplorerHttpTests
{
    [Fact]
    public async Task A_former_members_page_shows_the_day_enlistment_was_judged_Ended_with_its_days_no_duties_and_monthly_pay_ended()
    {
        // I6, I7, I10: born 1959-03-01, aged 65 when his 12-month contract started on 2024-09-01; a member to
        // 2025-08-31, Ended from 2025-09-01; 66 on 2025-03-01, which does not undo the enlistment.
        var html = await Decide(
            ("caseId", "former"), ("region", "Bryansk"), ("asOf", "2025-10-01"), ("applicant.birthDate", "1959-03-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"));

        Assert.Contains("<p id=\"judged-on\" data-date=\"2024-09-01\">", html, StringComparison.Ordinal);
        Assert.Matches("judged on\\s+<time datetime=\"2024-09-01\">2024-09-01</time>, the contract's start", WebUtility.HtmlDecode(html));
        Assert.Equal(("yes", "Eligible"), Status(html, "Enlistment"));

        Assert.Equal(("none", "Ended"), Status(html, "Service"));
        Assert.Equal(("This phase: from 2025-09-01.", "2025-09-01", ""), Period(html, "Service"));
        Assert.DoesNotContain("id=\"duties\"", html, StringComparison.Ordinal);

        Assert.Equal(("no", "NotEntitled"), Status(html, "MonthlyPay"));
        Assert.Equal(("Covers the days: from 2024-09-01 to 2025-08-31.", "2024-09-01", "2025-08-31"), Period(html, "MonthlyPay"));
        Assert.Contains("Membership ended on 2025-08-31", Outcome(html, "MonthlyPay"), StringComparison.Ordinal);

        // For signing, whatever the phase (I8).
        Assert.Equal(("yes", "Entitled"), Status(html, "OneTimePayment"));
        Assert.Contains("<p class=\"amount\">300,000 RUB once</p>", Outcome(html, "OneTimePayment"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_in_his_term_is_Assigned_with_the_phases_days_and_his_duties_and_enlistment_without_a_contract_is_judged_on_the_as_of_date()
    {
        // Day 22 of a contract from 2024-09-01 is 2024-09-22; the term's last day 2025-08-31.
        var html = await Decide(
            ("caseId", "member"), ("region", "Bryansk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"));
        Assert.Equal(("yes", "Assigned"), Status(html, "Service"));
        Assert.Equal(("This phase: from 2024-09-22 to 2025-08-31.", "2024-09-22", "2025-08-31"), Period(html, "Service"));
        Assert.Equal(("Covers the days: from 2024-09-01 to 2025-08-31.", "2024-09-01", "2025-08-31"), Period(html, "MonthlyPay"));
        var duties = Engine.Evaluate(new PolicyCase("member", Regions.Bryansk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1980, 5, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1)))).Service!.Duties;
        Assert.NotEmpty(duties);
        Assert.Equal(duties.Select(WebUtility.HtmlEncode), Regex.Matches(Between(html, "id=\"duties\"", "</ul>"), "<li>(?<d>[^<]*)</li>").Select(m => m.Groups["d"].Value));

        // Before the start: not started, until the day before it.
        var before = await Decide(
            ("caseId", "signed"), ("region", "Bryansk"), ("asOf", "2024-08-15"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"));
        Assert.Equal(("none", "NotStarted"), Status(before, "Service"));
        Assert.Equal(("This phase: until 2024-08-31.", "", "2024-08-31"), Period(before, "Service"));
        Assert.DoesNotContain("id=\"duties\"", before, StringComparison.Ordinal);

        // No contract: judged on asOf, and no member.
        var none = await Decide(("caseId", "none"), ("region", "Kursk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"));
        Assert.Matches("judged on\\s+<time datetime=\"2024-10-01\">2024-10-01</time>, the as-of date, as the case holds no contract", WebUtility.HtmlDecode(none));
        Assert.Equal(("none", "NoContract"), Status(none, "Service"));
    }

    [Fact]
    public async Task A_Kursk_veterans_status_and_family_privileges_hold_from_the_start_for_good_and_compensation_from_the_injurys_day()
    {
        var html = await Decide(
            ("caseId", "veteran"), ("region", "Kursk"), ("asOf", "2030-01-01"), ("applicant.birthDate", "1960-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"), ("injuries[0].date", "2024-10-15"), ("injuries[0].onDuty", "true"));

        // 69 on asOf, a former member for years: the statuses stay (I8), the compensation too, from the injury's day.
        Assert.Equal(("none", "Ended"), Status(html, "Service"));
        foreach (var status in new[] { "CombatVeteranStatus", "FamilyPrivileges" })
        {
            Assert.Equal(("yes", "Entitled"), Status(html, status));
            Assert.Equal(("Covers the days: from 2024-09-01, for good.", "2024-09-01", ""), Period(html, status));
        }

        Assert.Equal(("yes", "Entitled"), Status(html, "InjuryCompensation"));
        Assert.Equal(("Covers the days: from 2024-10-15, for good.", "2024-10-15", ""), Period(html, "InjuryCompensation"));
        Assert.Equal(("no", "NotEntitled"), Status(html, "MonthlyPay"));
    }

    [Fact]
    public async Task A_question_that_does_not_arise_is_NotApplicable_in_words_and_in_a_neutral_colour_not_the_open_one()
    {
        // A non-official has no post to keep (I8).
        var html = await Decide(
            ("caseId", "no-post"), ("region", "Belgorod"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"));
        var outcome = Outcome(html, "RetainPublicPosition");
        Assert.StartsWith("<article class=\"outcome tone-none\" id=\"outcome-RetainPublicPosition\"", outcome, StringComparison.Ordinal);
        Assert.Contains("<span class=\"status\" data-status=\"NotApplicable\">Does not arise</span>", outcome, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"reason\"", outcome, StringComparison.Ordinal);

        // The neutral colour is not the open (Undetermined) one.
        using var client = host.CreateClient();
        var css = await client.GetStringAsync("/explorer.css");
        Assert.Matches("\\.tone-none \\.status \\{ color: #3d3d3d; \\}", css);
        Assert.Matches("\\.tone-open \\.status \\{ color: #6d3b00; \\}", css);
    }

    [Fact]
    public async Task The_war_zone_question_is_answered_Undetermined_with_the_sources_silence_and_C21()
    {
        var html = await Decide(
            ("caseId", "c21"), ("region", "Kursk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"));
        var outcome = Outcome(html, "WarZoneDeployment");
        Assert.StartsWith("<article class=\"outcome tone-open\" id=\"outcome-WarZoneDeployment\"", outcome, StringComparison.Ordinal);
        Assert.Contains("data-status=\"Undetermined\"", outcome, StringComparison.Ordinal);
        Assert.Contains("data-reason=\"SourceSilent\"", outcome, StringComparison.Ordinal);
        Assert.Contains("href=\"/rules#claim-C21\"", outcome, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"service\"", StringComparison.Ordinal) < html.IndexOf("id=\"outcome-WarZoneDeployment\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_termination_by_the_unit_leaves_the_repayment_Undetermined_from_its_day_and_the_form_keeps_who_ended_it()
    {
        var html = await Decide(
            ("caseId", "by-unit"), ("region", "Bryansk"), ("asOf", "2025-04-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"), ("contract.terminatedEarlyOn", "2025-01-01"), ("contract.terminatedBy", "Unit"));
        Assert.Equal(("open", "Undetermined"), Status(html, "RepayOneTimePayment"));
        Assert.Contains("data-reason=\"SourceSilent\"", Outcome(html, "RepayOneTimePayment"), StringComparison.Ordinal);
        Assert.Equal(("From the termination: from 2025-01-01.", "2025-01-01", ""), Period(html, "RepayOneTimePayment"));
        Assert.Equal(("none", "TerminatedEarly"), Status(html, "Service"));
        Assert.Equal(("Covers the days: from 2024-09-01 to 2024-12-31.", "2024-09-01", "2024-12-31"), Period(html, "MonthlyPay"));
        Assert.Matches("<option value=\"Unit\" selected=\"selected\">The unit</option>", html);

        // By the volunteer (the default): owed from the termination's day (C11).
        var byHimself = await Decide(
            ("caseId", "by-himself"), ("region", "Bryansk"), ("asOf", "2025-04-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"), ("contract.terminatedEarlyOn", "2025-01-01"));
        Assert.Equal(("no", "Owed"), Status(byHimself, "RepayOneTimePayment"));
        Assert.Equal(("From the termination: from 2025-01-01.", "2025-01-01", ""), Period(byHimself, "RepayOneTimePayment"));
        Assert.Matches("<option value=\"\" selected=\"selected\">Not said \\(the volunteer\\)</option>", byHimself);
    }

    [Fact]
    public async Task Who_ended_a_contract_without_a_termination_day_is_the_librarys_error_beside_its_field()
    {
        using var client = host.CreateClient();
        var token = Token().Match(await client.GetStringAsync("/")).Groups["token"].Value;
        var fields = new (string, string)[]
        {
            ("caseId", "by-whom"), ("region", "Bryansk"), ("asOf", "2025-04-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"), ("contract.terminatedBy", "Volunteer"),
        };
        using var response = await client.PostAsync("/", Posted(token, fields));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();

        var library = Assert.Single(Engine.EvaluateJson(
            """{"caseId":"by-whom","region":"Bryansk","asOf":"2025-04-01","applicant":{"birthDate":"1980-05-01","sex":"Male"},"contract":{"months":12,"startDate":"2024-09-01","terminatedBy":"Volunteer"}}""").Errors);
        Assert.Equal("contract.terminatedBy", library.Path.TrimStart('$', '.'));
        Assert.Contains($"<p class=\"field-error\" id=\"contract-terminatedBy-error\">{WebUtility.HtmlEncode(library.Message)}</p>", page, StringComparison.Ordinal);
        Assert.Matches("<option value=\"Volunteer\" selected=\"selected\">The volunteer</option>", page);
    }

    [Fact]
    public async Task A_health_restriction_answered_dont_know_makes_enlistment_Undetermined_naming_it_not_Eligible()
    {
        // I11: "no health restriction" would make this Kursk man Eligible; unknown is not no.
        var html = await Decide(
            ("caseId", "unknown-health"), ("region", "Kursk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1985-03-01"), ("applicant.sex", "Male"),
            ("applicant.healthRestriction", "unknown"), ("contract.months", "12"), ("contract.startDate", "2024-09-01"));
        Assert.Equal(("open", "Undetermined"), Status(html, "Enlistment"));
        var enlistment = Outcome(html, "Enlistment");
        Assert.Contains("data-reason=\"MissingInput\"", enlistment, StringComparison.Ordinal);
        Assert.Contains("“Don't know”: unknown is not no (I11)", WebUtility.HtmlDecode(enlistment), StringComparison.Ordinal);
        Assert.Contains("Depends on healthRestriction, which the case lists as unknown", enlistment, StringComparison.Ordinal);
        Assert.Contains("<a class=\"claim\" href=\"/rules#reading-I11\">I11</a>", enlistment, StringComparison.Ordinal);
        Assert.Contains("The engine's step <code>Case.UnknownFacts</code>", WebUtility.HtmlDecode(enlistment), StringComparison.Ordinal);
        Assert.DoesNotContain("No health restriction", enlistment, StringComparison.Ordinal);

        // What the page shows is the engine's decision of the case with its unknown list.
        var expected = Engine.Evaluate(new PolicyCase("unknown-health", Regions.Kursk, new DateOnly(2024, 10, 1), new Applicant(new DateOnly(1985, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1))) { Unknown = ["healthRestriction"] });
        Assert.Equal(EnlistmentOutcome.Undetermined, expected.Enlistment!.Outcome);
        foreach (var e in expected.Entitlements) Assert.Equal(e.Status.ToString(), Status(html, e.Kind.ToString()).Status);
        Assert.Equal(expected.Service!.Phase.ToString(), Status(html, "Service").Status);

        // And the page says what "Don't know" means.
        Assert.Contains("id=\"unknown-meaning\"", html, StringComparison.Ordinal);
        Assert.Matches("Unknown is not no\\s+\\(I11\\): above, an answer that depends on them is Undetermined", html);
        Assert.DoesNotContain("read as \"no\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monthly_pay_lists_each_rate_period_when_the_hosts_rate_changes_within_the_membership()
    {
        var order = new SourceCitation("Bryansk order 1/2025", "45,000 a month from 2025-01-01.");
        using var rising = host.WithWebHostBuilder(b => b.ConfigureServices(s =>
            s.Configure<PolicyEngineOptions>(o => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 45_000m, new DateOnly(2025, 1, 1), order))));
        var html = await Decide(rising,
            ("caseId", "rise"), ("region", "Bryansk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"));

        var pay = Outcome(html, "MonthlyPay");
        Assert.Contains("<p class=\"amount\">40,000 RUB a month</p>", pay, StringComparison.Ordinal);
        var rates = Regex.Matches(pay, "<li class=\"rate\" data-from=\"(?<from>[^\"]+)\" data-to=\"(?<to>[^\"]+)\">(?<text>[^<]*)</li>")
            .Select(m => (m.Groups["from"].Value, m.Groups["to"].Value, Regex.Replace(m.Groups["text"].Value, "\\s+", " ").Trim())).ToArray();
        Assert.Equal(
            [("2024-09-01", "2024-12-31", "from 2024-09-01 to 2024-12-31: 40,000 RUB a month (C9)"), ("2025-01-01", "2025-08-31", "from 2025-01-01 to 2025-08-31: 45,000 RUB a month (Bryansk order 1/2025)")],
            rates);

        // One rate throughout: no list.
        var steady = await Decide(
            ("caseId", "steady"), ("region", "Bryansk"), ("asOf", "2024-10-01"), ("applicant.birthDate", "1980-05-01"), ("applicant.sex", "Male"),
            ("contract.months", "12"), ("contract.startDate", "2024-09-01"));
        Assert.DoesNotContain("class=\"rate\"", Outcome(steady, "MonthlyPay"), StringComparison.Ordinal);
    }

    private PolicyEngine Engine => host.Services.GetRequiredService<PolicyEngine>();

    // Issue 25, finding 17: a valid case near the calendar's end is decided, its timeline cut at 9999-12-31.
    [Fact]
    public async Task A_case_near_the_year_9999_is_decided_not_refused()
    {
        var html = await Decide(
            ("caseId", "late"), ("region", "Bryansk"), ("asOf", "9998-06-01"), ("applicant.birthDate", "9960-05-01"), ("applicant.sex", "Male"));

        Assert.Equal(("yes", "Eligible"), Status(html, "Enlistment"));
    }

    private Task<string> Decide(params (string Name, string Value)[] fields) => Decide(host, fields);

    private static async Task<string> Decide(WebApplicationFactory<Program> factory, params (string Name, string Value)[] fields)
    {
        using var client = factory.CreateClient();
        var token = Token().Match(await client.GetStringAsync("/")).Groups["token"].Value;
        using var response = await client.PostAsync("/", Posted(token, fields));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {html}");
        return html;
    }

    private static FormUrlEncodedContent Posted(string token, (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    // The answer's article (outcome-{id}), as the server wrote it.
    private static string Outcome(string html, string id)
    {
        var match = Regex.Match(html, $"<article class=\"outcome tone-\\w+\" id=\"outcome-{id}\".*?</article>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no outcome-{id} on the page");
        return match.Value;
    }

    // The answer's tone (its colour) and status as the contract names it.
    private static (string Tone, string Status) Status(string html, string id)
    {
        var m = Regex.Match(Outcome(html, id), "^<article class=\"outcome tone-(?<tone>\\w+)\".*?data-status=\"(?<status>\\w+)\"", RegexOptions.Singleline);
        return (m.Groups["tone"].Value, m.Groups["status"].Value);
    }

    // The days an answer covers: its words and its first and last days ("" when none).
    private static (string Words, string From, string To) Period(string html, string id)
    {
        var m = Regex.Match(Outcome(html, id), "<p class=\"period\"(?: data-from=\"(?<from>[^\"]*)\")?(?: data-to=\"(?<to>[^\"]*)\")?>(?<words>[^<]*)</p>");
        Assert.True(m.Success, $"outcome-{id} shows no period");
        return (m.Groups["words"].Value, m.Groups["from"].Value, m.Groups["to"].Value);
    }

    private static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} is not on the page");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
