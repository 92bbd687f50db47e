namespace Bars.Policy;

/// <summary>How many cases see an outcome change. Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.</summary>
public sealed record OutcomeCount
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="what">The enlistment, an entitlement kind, or an obligation kind.</param>
    /// <param name="casesChanged">Cases in which that outcome changes.</param>
    internal OutcomeCount(string what, long casesChanged)
    {
        What = what;
        CasesChanged = casesChanged;
    }

    /// <summary>The enlistment, an entitlement kind, or an obligation kind.</summary>
    public string What { get; }

    /// <summary>Cases in which that outcome changes.</summary>
    public long CasesChanged { get; }
}
