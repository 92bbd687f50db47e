using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>C14: Belgorod deputies and officials who joined all kept their positions, over the days of membership (I8).</summary>
[AppliesTo(Regions.Belgorod)]
[Name("Benefits.OfficialRetainsPositionInBelgorod")]
[Description("A public official who is a member in Belgorod keeps the public position while a member.")]
[Tag("C14")]
internal sealed class OfficialRetainsPositionInBelgorod : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.PublicOfficial);
        Then().Do(ctx => Recorder.Entitled(ctx, EntitlementKind.RetainPublicPosition, null, null, m.Period!.Start, m.Period!.End, Claims.C14,
            "The applicant is a public official; Belgorod's deputies and officials who joined all kept their positions."));
    }
}
