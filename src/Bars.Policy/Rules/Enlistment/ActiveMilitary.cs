using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C19: serving military personnel asked whether they may leave the army to join; no answer is stated.</summary>
[Name("Enlistment.ActiveMilitary")]
[Description("An applicant serving in the armed forces is Undetermined: the source states no rule for serving military personnel.")]
[Tag("C19")]
internal sealed class ActiveMilitary : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.ActiveMilitary);
        Then().Do(ctx => Recorder.EnlistmentUndetermined(ctx, UndeterminedReason.SourceSilent, Claims.C19,
            "The applicant is serving in the armed forces; the source reports that such personnel asked whether they may leave the army to join, and states no answer."));
    }
}
