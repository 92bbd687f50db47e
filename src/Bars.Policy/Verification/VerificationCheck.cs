namespace Bars.Policy.Verification;

/// <summary>What a class combination of a verification can fail.</summary>
public enum VerificationCheck
{
    /// <summary>Two rules decided one outcome.</summary>
    Clash,

    /// <summary>No rule decided an outcome.</summary>
    Gap,

    /// <summary>A rule's condition or action threw.</summary>
    Throws,

    /// <summary>An Undetermined outcome without its reason, or a decided one with a reason.</summary>
    Reason,

    /// <summary>A finding that cites no claim or host citation, cites a claim the source does not have, quotes
    /// nothing or other words than its claim's, or names no rule of the region.</summary>
    Citation,

    /// <summary>An applicant who is never a member under the case (not Eligible, or without a contract) with an
    /// entitlement or duties (I4, I7).</summary>
    NonMember,

    /// <summary>The decision changed when the case's injuries were given in the other order.</summary>
    Order,

    /// <summary>The case built for the combination was answered with validation errors.</summary>
    InvalidCase,

    /// <summary>Monthly pay or the retained post Entitled on a day outside the membership (before the start, after
    /// the term or an early termination) (I8).</summary>
    OutsideMembership,

    /// <summary>Duties listed in a phase other than Assigned (I10).</summary>
    DutiesOutsideAssignment,

    /// <summary>The enlistment of a case with a contract changed with its <c>asOf</c>: it is judged once, on the
    /// contract's start (I6).</summary>
    JudgedOnce,

    /// <summary>An outcome granted for good (the one-time payment, injury compensation, veteran status, family
    /// privileges; a repayment owed) no longer so at a later <c>asOf</c> (I8).</summary>
    ForGood,
}
