namespace Bars.Policy;

/// <summary>How many cases see an outcome change.</summary>
/// <param name="What">The enlistment, an entitlement kind, or an obligation kind.</param>
/// <param name="CasesChanged">Cases in which that outcome changes.</param>
public sealed record OutcomeCount(string What, long CasesChanged);
