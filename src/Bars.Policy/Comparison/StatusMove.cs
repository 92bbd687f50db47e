namespace Bars.Policy;

/// <summary>
/// How many cases have one outcome's status move from <see cref="Before"/> to <see cref="After"/> (staying
/// counts too: Eligible → Eligible). Made by <see cref="ComparisonExtensions.Compare"/> only; compares by content.
/// </summary>
public sealed record StatusMove
{
    /// <summary>Creates the record; only the comparison makes them.</summary>
    /// <param name="what">The enlistment, an entitlement kind, or an obligation kind.</param>
    /// <param name="before">Status under the baseline.</param>
    /// <param name="after">Status under the reform.</param>
    /// <param name="cases">Valid cases with that move.</param>
    internal StatusMove(string what, string before, string after, long cases)
    {
        What = what;
        Before = before;
        After = after;
        Cases = cases;
    }

    /// <summary>The enlistment, an entitlement kind, or an obligation kind.</summary>
    public string What { get; }

    /// <summary>Status under the baseline.</summary>
    public string Before { get; }

    /// <summary>Status under the reform.</summary>
    public string After { get; }

    /// <summary>Valid cases with that move.</summary>
    public long Cases { get; }
}
