namespace Bars.Policy;

/// <summary>One outcome that a reform changes. Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.</summary>
public sealed record OutcomeChange
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="what">The enlistment, an entitlement kind, or an obligation kind.</param>
    /// <param name="before">Status before (Eligible, Entitled, Owed, Undetermined, …).</param>
    /// <param name="after">Status after.</param>
    /// <param name="amountBeforeRub">Amount before, when there is one.</param>
    /// <param name="amountAfterRub">Amount after, when there is one.</param>
    internal OutcomeChange(string what, string before, string after, decimal? amountBeforeRub, decimal? amountAfterRub)
    {
        What = what;
        Before = before;
        After = after;
        AmountBeforeRub = amountBeforeRub;
        AmountAfterRub = amountAfterRub;
    }

    /// <summary>The enlistment, an entitlement kind, or an obligation kind.</summary>
    public string What { get; }

    /// <summary>Status before (Eligible, Entitled, Owed, Undetermined, …).</summary>
    public string Before { get; }

    /// <summary>Status after.</summary>
    public string After { get; }

    /// <summary>Amount before, when there is one.</summary>
    public decimal? AmountBeforeRub { get; }

    /// <summary>Amount after, when there is one.</summary>
    public decimal? AmountAfterRub { get; }
}
