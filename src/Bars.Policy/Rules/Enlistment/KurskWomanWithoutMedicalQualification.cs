using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C12: Kursk enlists women only with a medical qualification (a regional exception to the general rules).</summary>
[AppliesTo(Regions.Kursk)]
[Name("Enlistment.KurskWomanWithoutMedicalQualification")]
[Description("In Kursk, a woman without a medical qualification is Ineligible.")]
[Tag("C12")]
internal sealed class KurskWomanWithoutMedicalQualification : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.IsWoman, x => !x.MedicalQualification);
        Then().Do(ctx => Recorder.Ineligible(ctx, Claims.C12, "Kursk enlists women only with a medical qualification; the applicant is a woman without one. Ineligible."));
    }
}
