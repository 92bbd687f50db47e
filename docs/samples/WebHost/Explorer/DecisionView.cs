namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>A valid case's decision as the page shows it, with what the decision alone does not say: whether the case
/// holds a contract, which is why enlistment was judged on the day it was (I6).</summary>
/// <param name="Decision">The decision.</param>
/// <param name="HasContract">Whether the case holds a contract.</param>
internal sealed record DecisionView(PolicyDecision Decision, bool HasContract)
{
    /// <summary>Why enlistment was judged on <see cref="EnlistmentDecision.JudgedOn"/>, in words.</summary>
    public string JudgedOnBecause => HasContract
        ? "the contract's start: enlistment is judged once, when the contract starts, and a birthday or any change after it does not undo it (I6)"
        : "the as-of date, as the case holds no contract (I6)";
}
