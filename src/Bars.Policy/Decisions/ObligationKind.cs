namespace Bars.Policy;

/// <summary>The obligations the source speaks of.</summary>
public enum ObligationKind
{
    /// <summary>Return the full one-time payment after terminating the contract early (C11).</summary>
    RepayOneTimePayment,
}
