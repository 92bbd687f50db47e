using Bars.Policy.Parameters;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C18: the supplementary tasks an analyst describes for BARS units in general.</summary>
[Name("Service.SupplementaryDuties")]
[Description("BARS units in every region perform supplementary tasks: rear checkpoints, watching for sabotage and reconnaissance groups, strategic sites.")]
[Tag("C18")]
internal sealed class SupplementaryDuties() : DutiesRule(
    Claims.C18,
    "The supplementary tasks of BARS units in general, as a military analyst describes them.",
    "securing rear checkpoints",
    "monitoring for sabotage and reconnaissance groups",
    "guarding strategic sites");
