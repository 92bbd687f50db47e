using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>The duties of a unit, as the source lists them: every member in the rule's regions is told them (service
/// is a member's, I4).</summary>
/// <param name="citation">The claim that lists them.</param>
/// <param name="text">Whose duties they are.</param>
/// <param name="duties">The duties, each in the source's words as far as a few words allow.</param>
internal abstract class DutiesRule(SourceCitation citation, string text, params string[] duties) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember);
        Then().Do(ctx => Recorder.Duties(ctx, citation, duties, text));
    }
}
