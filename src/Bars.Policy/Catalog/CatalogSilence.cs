namespace Bars.Policy.Catalog;

/// <summary>Where the policy answers Undetermined for a member or an applicant, and why.</summary>
public sealed class CatalogSilence
{
    internal CatalogSilence(string region, string question, UndeterminedReason reason, string ruleId, IReadOnlyList<string> claims, string text)
    {
        Region = region;
        Question = question;
        Reason = reason;
        RuleId = ruleId;
        Claims = claims;
        Text = text;
    }

    /// <summary>The region.</summary>
    public string Region { get; }

    /// <summary>The question left open (<c>MonthlyPay of a member</c>, <c>Enlistment of a woman</c>).</summary>
    public string Question { get; }

    /// <summary>Why it is open.</summary>
    public UndeterminedReason Reason { get; }

    /// <summary>The rule that leaves it open.</summary>
    public string RuleId { get; }

    /// <summary>The claims that rule cites.</summary>
    public IReadOnlyList<string> Claims { get; }

    /// <summary>The rule's finding text.</summary>
    public string Text { get; }
}
