using Bars.Policy.Explanation;

namespace Bars.Policy;

public sealed partial class PolicyEngine
{
    /// <summary>
    /// Screens a case whose <see cref="PolicyCase.Unknown"/> lists applicant facts not known yet: per outcome,
    /// whether it is already certain whatever they are, or which of them it depends on; and the unknowns to ask
    /// next, ranked by how many outcomes their answer would settle. Every combination of the unknowns' answers is
    /// evaluated (at most 2^7 = 128). A case without unknowns is screened as certain throughout.
    /// </summary>
    /// <param name="policyCase">The case, with its unknown facts.</param>
    /// <returns>The screening; one with <see cref="Screening.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyCase"/> is null.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="Evaluate(PolicyCase)"/>.</exception>
    public Screening Screen(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        return ScreeningSearch.Run(policyCase, Evaluate);
    }
}
