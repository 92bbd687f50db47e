using Bars.Policy.Parameters;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C17: what the Bryansk squad does.</summary>
[AppliesTo(Regions.Bryansk)]
[Name("Service.BryanskDuties")]
[Description("The Bryansk squad guards critically important sites and protects civilians.")]
[Tag("C17")]
internal sealed class BryanskDuties() : DutiesRule(
    Claims.C17,
    "The duties of the Bryansk squad.",
    "guarding critically important sites",
    "protecting civilians");
