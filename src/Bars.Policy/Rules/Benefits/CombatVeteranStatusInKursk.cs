using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>C6 (I2): Kursk members receive combat veteran status.</summary>
[AppliesTo(Regions.Kursk)]
[Name("Benefits.CombatVeteranStatusInKursk")]
[Description("A member in Kursk receives combat veteran status.")]
[Tag("C6")]
[Tag("I2")]
internal sealed class CombatVeteranStatusInKursk : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.Region == Regions.Kursk);
        Then().Do(ctx => Decide.Entitled(ctx, m.Case, EntitlementKind.CombatVeteranStatus, Citations.C6,
            "Kursk's enlistment office told the source that members receive combat veteran status (I2)."));
    }
}
