using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>The duties of a unit, as the source lists them: a member is told them while assigned to tasks ("after which
/// commanders assign them to tasks", C4; I10), not in training, before the start or after membership.</summary>
/// <param name="citation">The claim that lists them.</param>
/// <param name="text">Whose duties they are.</param>
/// <param name="duties">The duties, each in the source's words as far as a few words allow.</param>
internal abstract class DutiesRule(SourceCitation citation, string text, params string[] duties) : Rule
{
    public override void Define()
    {
        ServiceResult s = null!;
        When().Match(() => s, x => x.Phase == ServicePhase.Assigned);
        Then().Do(ctx => Recorder.Duties(ctx, citation, duties, text));
    }
}
