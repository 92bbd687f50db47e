namespace Bars.Policy.Rules;

/// <summary>
/// Marks a rule that keeps every decision complete (a default for silence, the enlistment combinator, the
/// members-only rules, the service phase and repayment rules): switching it off would leave an outcome undecided,
/// so <see cref="PolicyEngineOptions.DisableRule"/> refuses it. Override such a rule's answer with a rule of your own.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class KeepsDecisionsCompleteAttribute : Attribute;
