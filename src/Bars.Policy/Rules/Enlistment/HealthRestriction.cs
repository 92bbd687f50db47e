using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C2: units accept only applicants without health restrictions.</summary>
[Name("Enlistment.HealthRestriction")]
[Description("An applicant with a health restriction is Ineligible.")]
[Tag("C2")]
internal sealed class HealthRestriction : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.HealthRestriction);
        Then().Do(ctx => Recorder.Ineligible(ctx, Claims.C2, "The applicant has a health restriction; units accept only applicants without one. Ineligible."));
    }
}
