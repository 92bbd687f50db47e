using Bars.Policy.Parameters;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>C6 (I2): Kursk members receive combat veteran status.</summary>
[AppliesTo(Regions.Kursk)]
[Name("Benefits.CombatVeteranStatusInKursk")]
[Description("A member in Kursk receives combat veteran status.")]
[Tag("C6")]
[Tag("I2")]
internal sealed class CombatVeteranStatusInKursk() : MemberBenefitRule(
    EntitlementKind.CombatVeteranStatus,
    Claims.C6,
    "Kursk's enlistment office told the source that members receive combat veteran status (I2).");
