namespace Bars.Policy.Rules.Facts;

/// <summary>A signed contract as rules see it: its full term, and the days it is in force.</summary>
/// <param name="Months">Length in months.</param>
/// <param name="Term">The full term: from the start to the day before start + months.</param>
/// <param name="TerminatedEarlyOn">The early termination day, if any: from that day the contract is no longer in force.</param>
public sealed record ContractFacts(int Months, ContractTerm Term, DateOnly? TerminatedEarlyOn)
{
    /// <summary>Day 1 of the contract.</summary>
    public DateOnly StartDate => Term.Start;

    /// <summary>The days the contract is in force: its term, cut short by an early termination; null when it was
    /// terminated on its first day.</summary>
    public ContractTerm? InForce => TerminatedEarlyOn is { } t ? Term.Before(t) : Term;
}
