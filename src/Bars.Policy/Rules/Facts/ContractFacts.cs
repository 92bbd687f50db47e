namespace Bars.Policy.Rules.Facts;

/// <summary>A signed contract as rules see it: its full term, and the days it is in force. Made by the engine only.</summary>
public sealed class ContractFacts
{
    internal ContractFacts(int months, ContractTerm term, DateOnly? terminatedEarlyOn, TerminatingParty? terminatedBy = null)
    {
        Months = months;
        Term = term;
        TerminatedEarlyOn = terminatedEarlyOn;
        TerminatedBy = terminatedEarlyOn is null ? null : terminatedBy ?? TerminatingParty.Volunteer;
        InForce = terminatedEarlyOn is { } t ? term.Before(t) : term;
    }

    /// <summary>Length in months.</summary>
    public int Months { get; }

    /// <summary>The full term: from the start to the day before start + months.</summary>
    public ContractTerm Term { get; }

    /// <summary>The early termination day, if any: from that day the contract is no longer in force.</summary>
    public DateOnly? TerminatedEarlyOn { get; }

    /// <summary>Who ended it early (I13): the volunteer unless the case says the unit; null without a termination.</summary>
    public TerminatingParty? TerminatedBy { get; }

    /// <summary>Day 1 of the contract.</summary>
    public DateOnly StartDate => Term.Start;

    /// <summary>The days the contract is in force: its term, cut short by an early termination; null when it was
    /// terminated on its first day. An Eligible applicant is a member on exactly these days (I7).</summary>
    public ContractTerm? InForce { get; }
}
