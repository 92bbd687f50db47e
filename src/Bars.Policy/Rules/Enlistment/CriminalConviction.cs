using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C19: convicts are reported among those interested, but no rule for them is stated.</summary>
[Name("Enlistment.CriminalConviction")]
[Description("An applicant with a criminal conviction is Undetermined: the source states no rule for convicts.")]
[Tag("C19")]
internal sealed class CriminalConviction : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CriminalConviction);
        Then().Do(ctx => Recorder.EnlistmentUndetermined(ctx, UndeterminedReason.SourceSilent, Claims.C19,
            "The applicant has a criminal conviction; the source reports convicts' interest but states no rule for them."));
    }
}
