using OpenQA.Selenium;

namespace Bars.Policy.Explorer.Tests.Support;

/// <summary>The case form as a person uses it: fields found by their labels' ids, the answers by their sections.</summary>
internal sealed class CaseFormPage(ExplorerSession session)
{
    private IWebDriver Driver => session.Driver;

    public CaseFormPage Open()
    {
        session.Open("/");
        return this;
    }

    public CaseFormPage Fill(string id, string text)
    {
        var input = Driver.FindElement(By.Id(id));
        input.Clear();
        input.SendKeys(text);
        return this;
    }

    public CaseFormPage Region(string region)
    {
        Driver.FindElement(By.CssSelector($"#region option[value='{region}']")).Click();
        return this;
    }

    public CaseFormPage Sex(Sex sex)
    {
        Driver.FindElement(By.Id($"applicant-sex-{sex}")).Click();
        return this;
    }

    /// <summary>Answers an applicant fact yes.</summary>
    public CaseFormPage Tick(string flag)
    {
        Driver.FindElement(By.Id($"applicant-{flag}-yes")).Click();
        return this;
    }

    /// <summary>Answers an applicant fact "Don't know".</summary>
    public CaseFormPage DoNotKnow(string flag)
    {
        Driver.FindElement(By.Id($"applicant-{flag}-unknown")).Click();
        return this;
    }

    /// <summary>Clicks "Add an injury" and fills the new (last) row.</summary>
    public CaseFormPage AddInjury(string date, bool onDuty)
    {
        Driver.FindElement(By.Id("add-injury")).Click();
        var rows = Driver.FindElements(By.CssSelector("#injury-list .injury"));
        var row = rows[^1];
        var input = row.FindElement(By.CssSelector("input[type=text]"));
        input.SendKeys(date);
        if (onDuty) row.FindElement(By.CssSelector("input[type=checkbox]")).Click();
        return this;
    }

    public void RemoveInjury(int index) =>
        Driver.FindElements(By.CssSelector("#injury-list .injury"))[index].FindElement(By.CssSelector(".remove-injury")).Click();

    /// <summary>Sends the form and waits for the answer: the decision, or the errors.</summary>
    public void Decide()
    {
        var before = Driver.FindElement(By.TagName("html"));
        Driver.FindElement(By.Id("decide")).Click();
        session.Until(d => IsStale(before) || d.FindElement(By.Id("error-summary")).Displayed);
    }

    /// <summary>Sends the form and waits for the next page.</summary>
    public void DecideAndWaitForPage()
    {
        var before = Driver.FindElement(By.TagName("html"));
        Driver.FindElement(By.Id("decide")).Click();
        session.Until(_ => IsStale(before));
    }

    public IWebElement Outcome(string id) => Driver.FindElement(By.Id($"outcome-{id}"));

    public string Status(string id) => Outcome(id).FindElement(By.CssSelector(".status")).Text;

    /// <summary>The error shown beside a field (empty when none shows).</summary>
    public string ErrorBeside(string id)
    {
        var error = Driver.FindElement(By.Id($"{id}-error"));
        return error.Displayed ? error.Text : "";
    }

    public bool HasDecision => Driver.FindElements(By.Id("decision")).Count > 0;

    private static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (Exception ex) when (ex is StaleElementReferenceException or UnknownErrorException)
        {
            // Chromium answers for a node of the page that was left either way ("does not belong to the document").
            return true;
        }
    }
}
