namespace Bars.Policy;

/// <summary>A shipped rule a host switched off for one region, and why.</summary>
/// <param name="Region">The region where the rule no longer applies.</param>
/// <param name="RuleName">The rule's name, e.g. <c>Enlistment.KurskWomanWithoutMedicalQualification</c>.</param>
/// <param name="Reason">The host's reason, kept for audit.</param>
public sealed record RuleOverride(string Region, string RuleName, string Reason);
