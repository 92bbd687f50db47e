using Bars.Policy.Explorer.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Bars.Policy.Explorer.Tests;

/// <summary>
/// The explorer in Debian's Chromium, headless, against the host on 127.0.0.1 with every other host unresolvable.
/// What each answer should say is asked of the host's own engine, never written here. Screenshots of each step go to
/// TestResults/explorer-screenshots.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerBrowserTests(ExplorerSession session)
{
    private static readonly DateOnly AsOf = new(2024, 10, 1);

    [Fact]
    public void A_Kursk_woman_without_a_medical_qualification_is_Ineligible_with_C12_and_the_sources_words()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "kursk-woman").Region(Regions.Kursk).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "1990-05-01").Sex(Sex.Female);
        page.Decide();
        session.Screenshot("kursk-woman-ineligible");

        var expected = session.Engine.Evaluate(new PolicyCase("kursk-woman", Regions.Kursk, AsOf, new Applicant(new DateOnly(1990, 5, 1), Sex.Female)));
        Assert.Equal(EnlistmentOutcome.Ineligible, expected.Enlistment!.Outcome);
        Assert.Equal("Ineligible", page.Status("Enlistment"));
        var c12 = Assert.Single(expected.Enlistment.Findings, f => f.Claims.Contains("C12"));
        var finding = page.Outcome("Enlistment").FindElement(By.CssSelector($".finding[data-rule='{c12.RuleId}']"));
        Assert.Equal(c12.Text, finding.FindElement(By.CssSelector(".finding-text")).Text);
        Assert.Equal($"“{c12.Quote}”", finding.FindElement(By.CssSelector(".quote")).Text);
        Assert.Contains("only enlist women with medical qualifications", finding.Text, StringComparison.Ordinal);
        var claim = finding.FindElement(By.CssSelector("a.claim"));
        Assert.Equal("C12", claim.Text);
        Assert.EndsWith("/rules#claim-C12", claim.GetAttribute("href"), StringComparison.Ordinal);

        // Not a member: every entitlement is "Not entitled", each with the findings that say so (I4); keeping a public
        // post does not arise for someone who holds none (I8).
        foreach (var e in expected.Entitlements)
        {
            var notApplicable = e.Kind == EntitlementKind.RetainPublicPosition;
            Assert.Equal(notApplicable ? EntitlementStatus.NotApplicable : EntitlementStatus.NotEntitled, e.Status);
            Assert.Equal(notApplicable ? "Does not arise" : "Not entitled", page.Status(e.Kind.ToString()));
            Assert.NotEmpty(page.Outcome(e.Kind.ToString()).FindElements(By.CssSelector(".finding")));
        }

        // The claim's link opens its row of the catalogue.
        claim.Click();
        session.Until(d => d.Url.EndsWith("/rules#claim-C12", StringComparison.Ordinal));
        Assert.Contains(session.Engine.Describe().Claims.Single(c => c.Id == "C12").Quote, session.Driver.FindElement(By.Id("claim-C12")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Undetermined_answer_says_why_in_plain_words()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "belgorod-woman").Region(Regions.Belgorod).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "1990-05-01").Sex(Sex.Female);
        page.Decide();
        session.Screenshot("belgorod-woman-undetermined");

        var expected = session.Engine.Evaluate(new PolicyCase("belgorod-woman", Regions.Belgorod, AsOf, new Applicant(new DateOnly(1990, 5, 1), Sex.Female)));
        Assert.Equal(UndeterminedReason.SourceConflict, expected.Enlistment!.UndeterminedReason);
        Assert.Equal("Undetermined", page.Status("Enlistment"));
        var reason = page.Outcome("Enlistment").FindElement(By.CssSelector(".reason"));
        Assert.Equal("SourceConflict", reason.GetAttribute("data-reason"));
        Assert.Contains("contradicts itself", reason.Text, StringComparison.Ordinal);
        Assert.NotEmpty(page.Outcome("Enlistment").FindElements(By.CssSelector(".finding[data-rule='Enlistment.BelgorodWoman']")));
    }

    [Fact]
    public void A_birth_date_that_does_not_exist_is_shown_beside_its_field_before_sending()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "bad-date").Region(Regions.Kursk).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "1990-02-30").Sex(Sex.Male);
        page.Decide();
        session.Screenshot("birth-date-does-not-exist");

        var library = LibraryError("""{"caseId":"bad-date","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":"1990-02-30","sex":"Male"}}""", "applicant.birthDate");
        Assert.Equal(library, page.ErrorBeside("applicant-birthDate"));
        Assert.False(page.HasDecision);
        var input = session.Driver.FindElement(By.Id("applicant-birthDate"));
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("applicant-birthDate-error", input.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains(library, session.Driver.FindElement(By.Id("error-summary")).Text, StringComparison.Ordinal);
        Assert.Equal("error-summary", session.Driver.SwitchTo().ActiveElement().GetAttribute("id"));
        Assert.Equal("", page.ErrorBeside("asOf"));
        Assert.Equal("", page.ErrorBeside("applicant-sex"));

        // The summary's link takes the focus to the field.
        session.Driver.FindElement(By.CssSelector("#error-list a[href='#applicant-birthDate']")).Click();
        Assert.Equal("applicant-birthDate", session.Driver.SwitchTo().ActiveElement().GetAttribute("id"));
    }

    [Fact]
    public void Required_fields_left_empty_are_named_beside_them_before_sending_in_the_librarys_words()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "empty").Fill("asOf", "2024-10-01");
        page.Decide();

        var library = session.Engine.EvaluateJson("""{"caseId":"empty","asOf":"2024-10-01","applicant":{}}""").Errors;
        Assert.Equal(library.Single(e => e.Path == "region").Message, page.ErrorBeside("region"));
        Assert.Equal(library.Single(e => e.Path == "applicant.birthDate").Message, page.ErrorBeside("applicant-birthDate"));
        Assert.Equal(library.Single(e => e.Path == "applicant.sex").Message, page.ErrorBeside("applicant-sex"));
        Assert.False(page.HasDecision);
        session.Screenshot("required-fields-before-sending");
    }

    [Fact]
    public void The_servers_check_of_a_birth_date_after_the_evaluation_date_is_shown_beside_its_field()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "late-birth").Region(Regions.Bryansk).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "2030-01-01").Sex(Sex.Male)
            .Fill("contract-months", "12").Fill("contract-startDate", "2024-09-01").Fill("contract-terminatedEarlyOn", "2025-01-01");
        page.DecideAndWaitForPage();
        session.Screenshot("server-errors-beside-fields");

        var json = """{"caseId":"late-birth","region":"Bryansk","asOf":"2024-10-01","applicant":{"birthDate":"2030-01-01","sex":"Male"},"contract":{"months":12,"startDate":"2024-09-01","terminatedEarlyOn":"2025-01-01"}}""";
        Assert.Equal(LibraryError(json, "applicant.birthDate"), page.ErrorBeside("applicant-birthDate"));
        Assert.Equal(LibraryError(json, "contract.terminatedEarlyOn"), page.ErrorBeside("contract-terminatedEarlyOn"));
        Assert.Equal("", page.ErrorBeside("contract-startDate"));
        Assert.False(page.HasDecision);
        Assert.Equal("2030-01-01", session.Driver.FindElement(By.Id("applicant-birthDate")).GetAttribute("value"));
        var summary = session.Driver.FindElement(By.Id("error-summary"));
        Assert.True(summary.Displayed);
        Assert.Contains($"Date of birth: {LibraryError(json, "applicant.birthDate")}", summary.Text, StringComparison.Ordinal);
        Assert.Equal("error-summary", session.Driver.SwitchTo().ActiveElement().GetAttribute("id"));
    }

    [Fact]
    public void A_Bryansk_member_is_shown_the_monthly_pay_and_the_one_time_payment_with_their_findings()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "bryansk-1").Region(Regions.Bryansk).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "1980-05-01").Sex(Sex.Male)
            .Fill("contract-months", "12").Fill("contract-startDate", "2024-09-01");
        page.Decide();
        session.Screenshot("bryansk-monthly-pay");

        var expected = session.Engine.Evaluate(new PolicyCase("bryansk-1", Regions.Bryansk, AsOf,
            new Applicant(new DateOnly(1980, 5, 1), Sex.Male), new Contract(12, new DateOnly(2024, 9, 1))));
        Assert.Equal("Eligible", page.Status("Enlistment"));
        var pay = expected.Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(40_000m, pay.AmountRub);
        Assert.Equal("Entitled", page.Status("MonthlyPay"));
        Assert.Equal("40,000 RUB a month", page.Outcome("MonthlyPay").FindElement(By.CssSelector(".amount")).Text);
        AssertFindings(pay.Findings, page.Outcome("MonthlyPay"));
        Assert.Contains(pay.Findings, f => f.Claims.Contains("C9"));

        var once = expected.Entitlement(EntitlementKind.OneTimePayment);
        Assert.Equal("300,000 RUB once", page.Outcome("OneTimePayment").FindElement(By.CssSelector(".amount")).Text);
        AssertFindings(once.Findings, page.Outcome("OneTimePayment"));
        Assert.Equal("Not owed", page.Status("RepayOneTimePayment"));
        Assert.Equal($"Training ends on {expected.Service!.TrainingEndsOn:yyyy-MM-dd}.", session.Driver.FindElement(By.Id("training-ends")).Text);
        Assert.Equal(expected.Service.Duties, session.Driver.FindElements(By.CssSelector("#duties li")).Select(li => li.Text));
    }

    [Fact]
    public void A_contract_ended_by_the_unit_shows_each_answers_days_the_phase_ended_early_and_who_ended_it_kept_on_the_form()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "ended-by-unit").Region(Regions.Bryansk).Fill("asOf", "2025-04-01")
            .Fill("applicant-birthDate", "1980-05-01").Sex(Sex.Male)
            .Fill("contract-months", "12").Fill("contract-startDate", "2024-09-01").Fill("contract-terminatedEarlyOn", "2025-01-01");
        session.Driver.FindElement(By.CssSelector("#contract-terminatedBy option[value='Unit']")).Click();
        page.Decide();
        session.Screenshot("ended-by-unit");

        var expected = session.Engine.Evaluate(new PolicyCase("ended-by-unit", Regions.Bryansk, new DateOnly(2025, 4, 1), new Applicant(new DateOnly(1980, 5, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1), new DateOnly(2025, 1, 1), TerminatingParty.Unit)));
        Assert.Equal(new DateOnly(2024, 9, 1), expected.Enlistment!.JudgedOn);
        Assert.StartsWith("Enlistment judged on 2024-09-01, the contract's start", session.Driver.FindElement(By.Id("judged-on")).Text, StringComparison.Ordinal);

        // I13: after the unit ended it the source is silent on the repayment; the days run from the termination.
        Assert.Equal(ObligationStatus.Undetermined, expected.Obligations.Single().Status);
        Assert.Equal("Undetermined", page.Status("RepayOneTimePayment"));
        Assert.Equal("From the termination: from 2025-01-01.", page.Outcome("RepayOneTimePayment").FindElement(By.CssSelector(".period")).Text);
        Assert.Equal(ServicePhase.TerminatedEarly, expected.Service!.Phase);
        Assert.Equal("Terminated early", page.Status("Service"));
        Assert.Equal("This phase: from 2025-01-01.", page.Outcome("Service").FindElement(By.CssSelector(".period")).Text);
        Assert.Empty(session.Driver.FindElements(By.Id("duties")));
        Assert.Equal("Not entitled", page.Status("MonthlyPay"));
        Assert.Equal("Covers the days: from 2024-09-01 to 2024-12-31.", page.Outcome("MonthlyPay").FindElement(By.CssSelector(".period")).Text);

        // Keeping a post does not arise for a non-official: neutral grey, not the brown of an open answer.
        var post = page.Outcome("RetainPublicPosition").FindElement(By.CssSelector(".status"));
        Assert.Equal("Does not arise", post.Text);
        Assert.Equal("rgba(61, 61, 61, 1)", post.GetCssValue("color"));
        Assert.Equal("rgba(109, 59, 0, 1)", page.Outcome("RepayOneTimePayment").FindElement(By.CssSelector(".status")).GetCssValue("color"));
        Assert.Equal("Undetermined", page.Status("WarZoneDeployment"));

        Assert.True(session.Driver.FindElement(By.CssSelector("#contract-terminatedBy option[value='Unit']")).Selected);
        var low = (IEnumerable<object>)session.Driver.ExecuteScript(ContrastScript)!;
        Assert.True(!low.Any(), $"text below the contrast it needs: {string.Join("; ", low)}");
    }

    [Fact]
    public void Injuries_are_added_and_removed_and_the_rows_left_are_what_is_decided()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "kursk-injured").Region(Regions.Kursk).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "1985-03-01").Sex(Sex.Male)
            .Fill("contract-months", "12").Fill("contract-startDate", "2024-09-01")
            .AddInjury("2024-09-10", onDuty: true).AddInjury("2024-09-20", onDuty: true);
        session.Screenshot("two-injuries-added");
        page.RemoveInjury(0);

        // The row left is renumbered as the contract counts it: injuries[0], "Injury 1".
        var rows = session.Driver.FindElements(By.CssSelector("#injury-list .injury"));
        var row = Assert.Single(rows);
        var date = row.FindElement(By.CssSelector("input[type=text]"));
        Assert.Equal("injuries[0].date", date.GetAttribute("name"));
        Assert.Equal("injuries-0-date", date.GetAttribute("id"));
        Assert.Equal("2024-09-20", date.GetAttribute("value"));
        Assert.StartsWith("Injury 1", row.FindElement(By.TagName("legend")).Text, StringComparison.Ordinal);
        page.Decide();
        session.Screenshot("one-injury-on-duty");

        // One injury on duty: 3,000,000 once (C5). Two would be Undetermined, none NotEntitled: the removal counted.
        var expected = session.Engine.Evaluate(new PolicyCase("kursk-injured", Regions.Kursk, AsOf, new Applicant(new DateOnly(1985, 3, 1), Sex.Male),
            new Contract(12, new DateOnly(2024, 9, 1)), [new Injury(new DateOnly(2024, 9, 20), true)]));
        var compensation = expected.Entitlement(EntitlementKind.InjuryCompensation);
        Assert.Equal(EntitlementStatus.Entitled, compensation.Status);
        Assert.Equal("Entitled", page.Status("InjuryCompensation"));
        Assert.Equal("3,000,000 RUB once", page.Outcome("InjuryCompensation").FindElement(By.CssSelector(".amount")).Text);
        AssertFindings(compensation.Findings, page.Outcome("InjuryCompensation"));
        Assert.Equal("2024-09-20", session.Driver.FindElement(By.Id("injuries-0-date")).GetAttribute("value"));
        Assert.Empty(session.Driver.FindElements(By.Id("injuries-1-date")));
    }

    [Fact]
    public void The_catalogue_opens_from_the_form_and_lists_every_rule_and_claim_of_the_engine()
    {
        new CaseFormPage(session).Open();
        session.Driver.FindElement(By.Id("nav-rules")).Click();
        session.Until(d => d.Url.EndsWith("/rules", StringComparison.Ordinal));
        session.Screenshot("catalogue");

        Assert.Equal("Rule catalogue", session.Driver.FindElement(By.TagName("h1")).Text);
        var catalog = session.Engine.Describe();
        var rows = session.Driver.FindElements(By.CssSelector("tr.rule")).Select(r => r.GetAttribute("id")).ToArray();
        Assert.Equal(catalog.Rules.Select(r => $"rule-{r.Name}"), rows);
        foreach (var claim in catalog.Claims)
        {
            Assert.Equal(claim.Quote, session.Driver.FindElement(By.CssSelector($"#claim-{claim.Id} q")).Text);
        }

        var described = catalog.Rules.Single(r => r.Name == "Payment.MonthlyPayAtRegionalRate");
        Assert.Contains(described.Description, session.Driver.FindElement(By.Id("rule-Payment.MonthlyPayAtRegionalRate")).Text, StringComparison.Ordinal);
        Assert.Equal(catalog.Silences.Count, session.Driver.FindElements(By.CssSelector("#undetermined ~ table tbody tr")).Count);
    }

    [Fact]
    public void The_form_is_filled_and_sent_with_the_keyboard_alone()
    {
        session.Open("/");
        var keys = new Actions(session.Driver);
        TabTo("caseId");
        SelectAll();
        Type("keyboard-1");
        TabTo("region");

        // The regions in the engine's order, after "Choose a region": arrow down to Bryansk.
        var steps = session.Engine.Regions.ToList().IndexOf(Regions.Bryansk) + 1;
        for (var i = 0; i < steps; i++) keys.SendKeys(Keys.ArrowDown).Perform();
        TabTo("asOf");
        SelectAll();
        Type("2024-10-01");
        TabTo("applicant-birthDate");
        Type("1980-05-01");
        TabTo("applicant-sex-Male");
        keys.SendKeys(Keys.ArrowRight).Perform();    // the next choice of the group, checked: Female
        Assert.True(session.Driver.FindElement(By.Id("applicant-sex-Female")).Selected);
        TabTo("contract-months");
        Type("6");
        TabTo("contract-startDate");
        Type("2024-09-01");
        session.Screenshot("keyboard-filled");
        keys.SendKeys(Keys.Enter).Perform();
        session.Until(d => d.FindElements(By.Id("decision")).Count > 0);
        session.Screenshot("keyboard-decided");

        var page = new CaseFormPage(session);
        Assert.Equal("keyboard-1", session.Driver.FindElement(By.CssSelector("#decision .case-id")).Text);
        Assert.Equal("Eligible", page.Status("Enlistment"));
        Assert.Equal("150,000 RUB once", page.Outcome("OneTimePayment").FindElement(By.CssSelector(".amount")).Text);

        // After sending, the focus is on the decision, so the keyboard goes on from there.
        Assert.Equal("decision", session.Driver.SwitchTo().ActiveElement().GetAttribute("id"));

        void Type(string text) => keys.SendKeys(text).Perform();

        void SelectAll() => keys.KeyDown(Keys.Control).SendKeys("a").KeyUp(Keys.Control).Perform();

        void TabTo(string id)
        {
            for (var i = 0; i < 60; i++)
            {
                keys.SendKeys(Keys.Tab).Perform();
                if (session.Driver.SwitchTo().ActiveElement().GetAttribute("id") == id) return;
            }

            Assert.Fail($"Tab never reached #{id}");
        }
    }

    [Fact]
    public void At_phone_width_the_form_the_decision_and_the_catalogue_have_no_horizontal_scroll()
    {
        session.Open("/");
        session.Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = 360, ["height"] = 780, ["deviceScaleFactor"] = 2, ["mobile"] = true,
        });
        session.Driver.Navigate().Refresh();
        Assert.Equal(360L, session.Driver.ExecuteScript("return window.innerWidth"));
        AssertNoHorizontalScroll("phone-form");

        var page = new CaseFormPage(session);
        page.Fill("caseId", "phone-1").Region(Regions.Kursk).Fill("asOf", "2024-10-01")
            .Fill("applicant-birthDate", "1985-03-01").Sex(Sex.Male)
            .Fill("contract-months", "12").Fill("contract-startDate", "2024-09-01").AddInjury("2024-09-10", onDuty: true).AddInjury("2024-09-12", onDuty: true);
        page.Decide();
        Assert.Equal("Undetermined", page.Status("InjuryCompensation"));
        AssertNoHorizontalScroll("phone-decision");

        // What a person sees first after sending: the decision, scrolled to and focused.
        File.WriteAllBytes(Path.Combine(session.Screenshots, "phone-decision-first-screen.png"), session.Driver.GetScreenshot().AsByteArray);

        session.Driver.Navigate().GoToUrl(new Uri(session.BaseUrl, "/rules"));
        AssertNoHorizontalScroll("phone-catalogue");

        void AssertNoHorizontalScroll(string screenshot)
        {
            session.Screenshot(screenshot);
            var scrollWidth = Convert.ToInt64(session.Driver.ExecuteScript("return document.documentElement.scrollWidth"), System.Globalization.CultureInfo.InvariantCulture);
            var width = Convert.ToInt64(session.Driver.ExecuteScript("return document.documentElement.clientWidth"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(scrollWidth <= width, $"{screenshot}: the page is {scrollWidth}px wide in a {width}px window");
        }
    }

    [Fact]
    public void The_pages_load_nothing_but_the_hosts_own_files_and_every_control_has_a_label()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("caseId", "offline").Region(Regions.Kursk).Fill("asOf", "2024-10-01").Fill("applicant-birthDate", "1985-03-01").Sex(Sex.Male);
        page.Decide();
        Assert.True(page.HasDecision);
        AssertOwnResourcesOnly();
        session.Driver.Navigate().GoToUrl(new Uri(session.BaseUrl, "/rules"));
        AssertOwnResourcesOnly();

        session.Open("/");
        new CaseFormPage(session).AddInjury("2024-09-10", false);
        var unlabelled = (IEnumerable<object>)session.Driver.ExecuteScript(
            "return Array.from(document.querySelectorAll('#case-form input:not([type=hidden]), #case-form select')).filter(e => e.labels.length === 0).map(e => e.id)")!;
        Assert.Empty(unlabelled);
        var unnamedButtons = (IEnumerable<object>)session.Driver.ExecuteScript(
            "return Array.from(document.querySelectorAll('button')).filter(b => b.offsetParent !== null && b.textContent.trim() === '').map(b => b.outerHTML)")!;
        Assert.Empty(unnamedButtons);

        void AssertOwnResourcesOnly()
        {
            var resources = ((IEnumerable<object>)session.Driver.ExecuteScript("return performance.getEntriesByType('resource').map(e => e.name)")!).Cast<string>().ToArray();
            Assert.Contains(resources, r => r.Contains("/explorer.css", StringComparison.Ordinal));
            Assert.Contains(resources, r => r.Contains("/explorer.js", StringComparison.Ordinal));
            Assert.All(resources, r => Assert.StartsWith(session.BaseUrl.GetLeftPart(UriPartial.Authority) + "/", r, StringComparison.Ordinal));
            Assert.Equal(2L, session.Driver.ExecuteScript("return document.styleSheets.length + document.scripts.length"));
        }
    }

    [Fact]
    public void Every_text_meets_the_WCAG_AA_contrast_on_the_form_with_errors_the_decision_and_the_catalogue()
    {
        var page = new CaseFormPage(session).Open();
        page.Fill("asOf", "2024-13-01");
        page.Decide();
        AssertContrast("the form with errors");

        page.Fill("caseId", "contrast").Region(Regions.Belgorod).Fill("asOf", "2024-10-01").Fill("applicant-birthDate", "1985-03-01").Sex(Sex.Female);
        page.Decide();
        Assert.True(page.HasDecision);
        AssertContrast("the decision");

        session.Driver.Navigate().GoToUrl(new Uri(session.BaseUrl, "/rules"));
        AssertContrast("the catalogue");

        void AssertContrast(string what)
        {
            var low = (IEnumerable<object>)session.Driver.ExecuteScript(ContrastScript)!;
            Assert.True(!low.Any(), $"{what}: text below the contrast it needs: {string.Join("; ", low)}");
        }
    }

    // WCAG 2 relative luminance and contrast ratio of each visible element's own text against the first opaque
    // background behind it: 4.5 for text, 3 for large text (24px, or 18.66px bold).
    private const string ContrastScript = """
        const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const rgba = s => { const m = s.startsWith('rgb') ? s.match(/[\d.]+/g) : null; if (!m) throw new Error('a colour that is not rgb: ' + s); const n = m.map(Number); return { c: n.slice(0, 3), a: n.length > 3 ? n[3] : 1 }; };
        const bg = el => { for (; el; el = el.parentElement) { const b = rgba(getComputedStyle(el).backgroundColor); if (b.a > 0) return b.c; } return [255, 255, 255]; };
        const low = [];
        for (const el of document.querySelectorAll('body *')) {
            if (el.getClientRects().length === 0) continue;
            if (!Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const st = getComputedStyle(el);
            if (st.visibility === 'hidden') continue;
            const a = lum(rgba(st.color).c), b = lum(bg(el));
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            const size = parseFloat(st.fontSize), bold = parseInt(st.fontWeight, 10) >= 700;
            if (ratio < ((size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5)) low.push(el.tagName + ' ' + ratio.toFixed(2) + ' ' + el.textContent.trim().slice(0, 40));
        }
        return low;
        """;

    private string LibraryError(string json, string path) =>
        Assert.Single(session.Engine.EvaluateJson(json).Errors, e => e.Path.TrimStart('$', '.') == path).Message;

    private static void AssertFindings(IReadOnlyList<Finding> expected, IWebElement outcome)
    {
        var shown = outcome.FindElements(By.CssSelector(".finding"));
        Assert.Equal(expected.Count, shown.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].RuleId, shown[i].GetAttribute("data-rule"));
            Assert.Equal(expected[i].Text, shown[i].FindElement(By.CssSelector(".finding-text")).Text);
            Assert.Equal($"“{expected[i].Quote}”", shown[i].FindElement(By.CssSelector(".quote")).Text);
            Assert.Equal(expected[i].Claims, shown[i].FindElements(By.CssSelector(".claim")).Select(c => c.Text));
        }
    }
}
