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

    /// <summary>An applicant who is not a member (Ineligible or Undetermined) with an entitlement or duties (I4).</summary>
    NonMember,

    /// <summary>The decision changed when the case's injuries were given in the other order.</summary>
    Order,

    /// <summary>The case built for the combination was answered with validation errors.</summary>
    InvalidCase,
}
