using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>
/// I4 for service: training, tasks and duties are a member's. An applicant whose enlistment has
/// <paramref name="outcome"/> has the phase <paramref name="phase"/> and no duties, with a finding that cites the
/// claims that decided the enlistment (and its reason, when Undetermined).
/// </summary>
/// <param name="outcome">The enlistment outcome that is not membership.</param>
/// <param name="phase">The phase it gives.</param>
/// <param name="text">Why, in plain words.</param>
internal abstract class OutsideServiceRule(EnlistmentOutcome outcome, ServicePhase phase, string text) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Outcome == outcome);
        Then().Do(ctx => Recorder.PhaseOutsideService(ctx, m, phase, text));
    }
}
