namespace Bars.Policy;

/// <summary>One outcome that a reform changes.</summary>
/// <param name="What">The enlistment, an entitlement kind, or an obligation kind.</param>
/// <param name="Before">Status before (Eligible, Entitled, Owed, Undetermined, …).</param>
/// <param name="After">Status after.</param>
/// <param name="AmountBeforeRub">Amount before, when there is one.</param>
/// <param name="AmountAfterRub">Amount after, when there is one.</param>
public sealed record OutcomeChange(string What, string Before, string After, decimal? AmountBeforeRub, decimal? AmountAfterRub);
