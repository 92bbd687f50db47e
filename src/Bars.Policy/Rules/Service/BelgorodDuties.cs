using Bars.Policy.Parameters;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C16: what BARS-Belgorod does.</summary>
[AppliesTo(Regions.Belgorod)]
[Name("Service.BelgorodDuties")]
[Description("BARS-Belgorod guards vital infrastructure, combats drones, organises evacuations, upholds public order and helps repair homes.")]
[Tag("C16")]
internal sealed class BelgorodDuties() : DutiesRule(
    Claims.C16,
    "The duties of BARS-Belgorod.",
    "guarding vital infrastructure, such as seven key bridges",
    "combating drones",
    "organising evacuations",
    "upholding public order",
    "working with construction brigades to repair homes damaged by shelling");
