using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Benefits;

/// <summary>I8, C14: the rule on keeping a public position is about officials; for someone who holds none the question
/// does not arise.</summary>
[KeepsDecisionsComplete]
[Name("Benefits.NoPublicPosition")]
[Description("For an applicant who holds no public position, keeping one does not arise: NotApplicable (I8).")]
[Tag("C14")]
[Tag("I8")]
internal sealed class NoPublicPosition : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => !x.PublicOfficial);
        Then().Do(ctx => Recorder.NotApplicable(ctx, EntitlementKind.RetainPublicPosition, Readings.I8NotApplicable,
            "The applicant holds no public position, so keeping one does not arise.", Claims.C14));
    }
}
