using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>
/// I4 for service: training, tasks and duties are a member's. An applicant whose enlistment matches the rule has the
/// phase <paramref name="phase"/> and no duties, with a finding that cites the claims that decided the enlistment (and
/// its reason, when Undetermined).
/// </summary>
/// <param name="phase">The phase it gives.</param>
/// <param name="text">Why, in plain words.</param>
internal abstract class OutsideServiceRule(ServicePhase phase, string text) : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, Applies);
        Then().Do(ctx => Recorder.PhaseOutsideService(ctx, m, phase, text));
    }

    /// <summary>Which enlistments the rule answers.</summary>
    protected abstract System.Linq.Expressions.Expression<Func<Membership, bool>> Applies { get; }
}
