namespace Bars.Policy;

/// <summary>A rule (shipped or a host's) switched off for one region, and why.</summary>
/// <param name="Region">The region where the rule no longer applies.</param>
/// <param name="RuleName">The rule's name, e.g. <c>Enlistment.KurskWomanWithoutMedicalQualification</c>.</param>
/// <param name="Reason">The host's reason, kept for audit.</param>
public sealed record DisabledRule(string Region, string RuleName, string Reason);
