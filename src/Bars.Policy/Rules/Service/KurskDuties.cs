using Bars.Policy.Parameters;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C15: what BARS-Kursk does.</summary>
[AppliesTo(Regions.Kursk)]
[Name("Service.KurskDuties")]
[Description("BARS-Kursk provides security in eight districts, guards checkpoints and maintains order.")]
[Tag("C15")]
internal sealed class KurskDuties() : DutiesRule(
    Claims.C15,
    "The duties of BARS-Kursk.",
    "security in eight districts where some residents remain despite evacuations",
    "guarding checkpoints",
    "maintaining order");
