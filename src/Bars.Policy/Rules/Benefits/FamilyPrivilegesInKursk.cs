using Bars.Policy.Parameters;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>C7 (I2): Kursk members' families have the privileges of war participants' families.</summary>
[AppliesTo(Regions.Kursk)]
[Name("Benefits.FamilyPrivilegesInKursk")]
[Description("The family of a member in Kursk has the privileges of the families of participants in the war.")]
[Tag("C7")]
[Tag("I2")]
internal sealed class FamilyPrivilegesInKursk() : MemberBenefitRule(
    EntitlementKind.FamilyPrivileges,
    Claims.C7,
    "Kursk's enlistment office told the source that members' families have the privileges of war participants' families (I2).");
