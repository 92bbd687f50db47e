using Bars.Policy.Explanation;

namespace Bars.Policy;

public sealed partial class PolicyEngine
{
    /// <summary>
    /// When the case's answer changes: its outcomes on <paramref name="from"/>, then each date up to
    /// <paramref name="to"/> on which an outcome, an amount or the phase changes (an 18th or 66th birthday, the end
    /// of training, the end or early end of the contract, a host value taking effect), each with what changed and
    /// the findings. The case is evaluated with its date moved, on the dates the region's rules and parameters
    /// name (birthdays at the ages they compare against, days of the contract at the counts they compare against,
    /// the parameters' periods, the case's own dates), never on every day. On each date the case is taken as it
    /// stood then: an early termination or an injury it records for a later day had not happened yet. The "before" of
    /// a change is the case evaluated on the day before it. At most <see cref="CaseTimeline.DefaultMaxEvaluations"/>
    /// evaluations: beyond them the timeline is <see cref="CaseTimeline.Exhausted"/>.
    /// </summary>
    /// <param name="policyCase">The case; its own date is only checked for validity.</param>
    /// <param name="from">The window's first day.</param>
    /// <param name="to">The window's last day, not before <paramref name="from"/>.</param>
    /// <returns>The timeline; one with <see cref="CaseTimeline.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyCase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="Evaluate(PolicyCase)"/>.</exception>
    public CaseTimeline Timeline(PolicyCase policyCase, DateOnly from, DateOnly to) => Timeline(policyCase, from, to, CaseTimeline.DefaultMaxEvaluations);

    /// <summary>
    /// When the case's answer changes, as <see cref="Timeline(PolicyCase, DateOnly, DateOnly)"/>, making at most
    /// <paramref name="maxEvaluations"/> evaluations: when they run out the timeline is complete up to
    /// <see cref="CaseTimeline.CoveredTo"/> and says it is <see cref="CaseTimeline.Exhausted"/>.
    /// </summary>
    /// <param name="policyCase">The case; its own date is only checked for validity.</param>
    /// <param name="from">The window's first day.</param>
    /// <param name="to">The window's last day, not before <paramref name="from"/>.</param>
    /// <param name="maxEvaluations">The most evaluations to make, at least 2 (the case and the window's first day).</param>
    /// <returns>The timeline; one with <see cref="CaseTimeline.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policyCase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxEvaluations"/> is less than 2.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="Evaluate(PolicyCase)"/>.</exception>
    public CaseTimeline Timeline(PolicyCase policyCase, DateOnly from, DateOnly to, int maxEvaluations)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        if (to < from) throw new ArgumentException($"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvaluations, 2);
        return TimelineSearch.Run(policyCase, from, to, CandidatesOf(policyCase.Region), maxEvaluations, Evaluate);
    }
}
