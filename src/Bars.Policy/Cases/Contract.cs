namespace Bars.Policy;

/// <summary>A signed BARS contract.</summary>
/// <param name="Months">Length in whole months; must be positive. Required.</param>
/// <param name="StartDate">First day of the contract, which is day 1 of training (C4). Required.</param>
/// <param name="TerminatedEarlyOn">
/// The day the volunteer ended the contract early (C11), if they did: on or after the start, before the contract's
/// end, and not after the case's <c>asOf</c>. From that day the contract is no longer in force.
/// </param>
public sealed record Contract(int? Months, DateOnly? StartDate, DateOnly? TerminatedEarlyOn = null);
