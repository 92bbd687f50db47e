using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>C19: former war participants meet no stated bar; the general rules decide.</summary>
[Name("Enlistment.FormerWarParticipant")]
[Description("A former war participant meets no stated bar; the general rules decide.")]
[Tag("C19")]
internal sealed class FormerWarParticipant : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.FormerWarParticipant);
        Then().Do(ctx => Recorder.ConditionMet(ctx, Claims.C19, "The applicant formerly took part in the war; the source states no bar for former participants, so the general rules decide."));
    }
}
