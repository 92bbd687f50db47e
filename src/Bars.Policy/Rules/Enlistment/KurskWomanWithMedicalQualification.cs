using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C12: a woman with a medical qualification in Kursk meets the regional condition; the general rules decide.</summary>
[AppliesTo(Regions.Kursk)]
[Name("Enlistment.KurskWomanWithMedicalQualification")]
[Description("In Kursk, a woman with a medical qualification meets the regional condition; the general rules decide.")]
[Tag("C12")]
internal sealed class KurskWomanWithMedicalQualification : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.IsWoman, x => x.MedicalQualification);
        Then().Do(ctx => Recorder.ConditionMet(ctx, Claims.C12, "Kursk enlists women with a medical qualification, which the applicant holds; the general rules decide."));
    }
}
