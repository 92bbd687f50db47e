namespace Bars.Policy.Rules.Facts;

/// <summary>A signed contract as rules see it: its full term, and the days it is in force. Made by the engine only.</summary>
public sealed class ContractFacts
{
    internal ContractFacts(int months, ContractTerm term, DateOnly? terminatedEarlyOn)
    {
        Months = months;
        Term = term;
        TerminatedEarlyOn = terminatedEarlyOn;
        InForce = terminatedEarlyOn is { } t ? term.Before(t) : term;
    }

    /// <summary>Length in months.</summary>
    public int Months { get; }

    /// <summary>The full term: from the start to the day before start + months.</summary>
    public ContractTerm Term { get; }

    /// <summary>The early termination day, if any: from that day the contract is no longer in force.</summary>
    public DateOnly? TerminatedEarlyOn { get; }

    /// <summary>Day 1 of the contract.</summary>
    public DateOnly StartDate => Term.Start;

    /// <summary>The days the contract is in force: its term, cut short by an early termination; null when it was
    /// terminated on its first day.</summary>
    public ContractTerm? InForce { get; }
}
