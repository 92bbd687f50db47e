using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C13: Belgorod's office said it does not enlist women, yet women officials serve: the source conflicts.</summary>
[AppliesTo(Regions.Belgorod)]
[Name("Enlistment.BelgorodWoman")]
[Description("In Belgorod, a woman applicant is Undetermined: the source both reports that women are not enlisted and names women who serve.")]
[Tag("C13")]
internal sealed class BelgorodWoman : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.IsWoman);
        Then().Do(ctx => Recorder.EnlistmentUndetermined(ctx, UndeterminedReason.SourceConflict, Claims.C13,
            "Belgorod's enlistment office told a woman it does not enlist women yet, while the source names women who serve in BARS-Belgorod: the source conflicts."));
    }
}
