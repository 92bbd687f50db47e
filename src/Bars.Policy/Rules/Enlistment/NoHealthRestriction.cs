using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C2, C3: no health restriction and no missing limb or prosthesis.</summary>
[Name("Enlistment.NoHealthRestriction")]
[Description("An applicant with neither a health restriction nor a missing limb or prosthesis meets the health condition.")]
[Tag("C2")]
[Tag("C3")]
internal sealed class NoHealthRestriction : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => !x.HealthRestriction, x => !x.MissingLimbOrProsthesis);
        Then().Do(ctx => Recorder.ConditionMet(ctx, Claims.C2, "No health restriction and no missing limb or prosthesis: the health condition is met."));
    }
}
