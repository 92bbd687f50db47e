using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>C14: the rule is about officials; a member who holds no public position has none to keep.</summary>
[AppliesTo(Regions.Belgorod)]
[Name("Benefits.NoPublicPositionInBelgorod")]
[Description("A member in Belgorod who is not a public official has no public position to keep.")]
[Tag("C14")]
internal sealed class NoPublicPositionInBelgorod : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => !x.Case.PublicOfficial);
        Then().Do(ctx => Recorder.NotEntitled(ctx, EntitlementKind.RetainPublicPosition, Claims.C14,
            "The rule that officials keep their positions applies to public officials; the applicant is not one."));
    }
}
