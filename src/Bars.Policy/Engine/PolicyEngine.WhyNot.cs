using Bars.Policy.Explanation;

namespace Bars.Policy;

public sealed partial class PolicyEngine
{
    /// <summary>
    /// Why not, and what would have to change: for each outcome of the case that is not the favourable one (the
    /// enlistment not Eligible, an entitlement not Entitled), the smallest sets of input changes (one field, then
    /// two) that would make it so, each with the decision that results and its findings; the changes the person
    /// can make (a later date, a qualification, a contract's length) apart from those they cannot (birth date, sex,
    /// region). Time is a change like any other: the earliest date within the horizon. The answers come from
    /// evaluating variations of the case, the candidate values read off the region's own rules and parameters, so
    /// they hold for host rules and values too; the work is bounded and reported.
    /// </summary>
    /// <param name="policyCase">The case.</param>
    /// <param name="options">The horizon and the evaluation budget; the defaults of <see cref="WhyNotOptions"/> when null.</param>
    /// <returns>The answer; one with <see cref="WhyNotAnswer.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="Evaluate(PolicyCase)"/>.</exception>
    public WhyNotAnswer WhyNot(PolicyCase policyCase, WhyNotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        options ??= new WhyNotOptions();
        options.Validate();
        return WhyNotSearch.Run(policyCase, CandidatesOf, Regions, options, Evaluate);
    }
}
