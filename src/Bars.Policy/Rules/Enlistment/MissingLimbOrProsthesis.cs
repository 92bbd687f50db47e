using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C3 (with C2): a missing limb or a prosthesis is a health restriction; applies to officials too.</summary>
[Name("Enlistment.MissingLimbOrProsthesis")]
[Description("An applicant with a missing limb or a prosthesis has a health restriction and is Ineligible.")]
[Tag("C3")]
[Tag("C2")]
internal sealed class MissingLimbOrProsthesis : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.MissingLimbOrProsthesis);
        Then().Do(ctx => Recorder.Ineligible(ctx, Claims.C3, "The applicant has a missing limb or a prosthesis, which the source treats as a health restriction (an applicant who lost a leg was refused). Ineligible.", also: Claims.C2));
    }
}
