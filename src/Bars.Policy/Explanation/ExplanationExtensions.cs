using Bars.Policy.Explanation;

namespace Bars.Policy;

/// <summary>
/// The explanations an engine gives of a case: why not and what would have to change, what an unknown fact decides,
/// and when the answer changes. Each evaluates variations of the case with the engine's own rules and parameters.
/// </summary>
public static class ExplanationExtensions
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
    /// <param name="engine">The engine whose policy answers.</param>
    /// <param name="policyCase">The case.</param>
    /// <param name="options">The horizon and the evaluation budget; the defaults of <see cref="WhyNotOptions"/> when null.</param>
    /// <returns>The answer; one with <see cref="WhyNotAnswer.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="policyCase"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="PolicyEngine.Evaluate(PolicyCase)"/>.</exception>
    public static WhyNotAnswer WhyNot(this PolicyEngine engine, PolicyCase policyCase, WhyNotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        options ??= new WhyNotOptions();
        options.Validate();
        ArgumentNullException.ThrowIfNull(engine);
        return WhyNotSearch.Run(policyCase, engine.CandidatesOf, engine.Regions, options, engine.EvaluateUnobserved);
    }

    /// <summary>
    /// Screens a case whose <see cref="PolicyCase.Unknown"/> lists applicant facts not known yet: per outcome,
    /// whether it is already certain whatever they are, or which of them it depends on; and the unknowns to ask
    /// next, ranked by how many outcomes their answer would settle. Every combination of the unknowns' answers is
    /// evaluated (at most 2^7 = 128). A case without unknowns is screened as certain throughout.
    /// </summary>
    /// <param name="engine">The engine whose policy answers.</param>
    /// <param name="policyCase">The case, with its unknown facts.</param>
    /// <returns>The screening; one with <see cref="Screening.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="policyCase"/> is null.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="PolicyEngine.Evaluate(PolicyCase)"/>.</exception>
    public static Screening Screen(this PolicyEngine engine, PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        ArgumentNullException.ThrowIfNull(engine);
        return ScreeningSearch.Run(policyCase, engine.EvaluateUnobserved);
    }

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
    /// <param name="engine">The engine whose policy answers.</param>
    /// <param name="policyCase">The case; its own date is only checked for validity.</param>
    /// <param name="from">The window's first day.</param>
    /// <param name="to">The window's last day, not before <paramref name="from"/>.</param>
    /// <returns>The timeline; one with <see cref="CaseTimeline.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="policyCase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="PolicyEngine.Evaluate(PolicyCase)"/>.</exception>
    public static CaseTimeline Timeline(this PolicyEngine engine, PolicyCase policyCase, DateOnly from, DateOnly to) => engine.Timeline(policyCase, from, to, CaseTimeline.DefaultMaxEvaluations);

    /// <summary>
    /// When the case's answer changes, as <see cref="Timeline(PolicyEngine, PolicyCase, DateOnly, DateOnly)"/>, making at most
    /// <paramref name="maxEvaluations"/> evaluations: when they run out the timeline is complete up to
    /// <see cref="CaseTimeline.CoveredTo"/> and says it is <see cref="CaseTimeline.Exhausted"/>.
    /// </summary>
    /// <param name="engine">The engine whose policy answers.</param>
    /// <param name="policyCase">The case; its own date is only checked for validity.</param>
    /// <param name="from">The window's first day.</param>
    /// <param name="to">The window's last day, not before <paramref name="from"/>.</param>
    /// <param name="maxEvaluations">The most evaluations to make, at least 2 (the case and the window's first day).</param>
    /// <returns>The timeline; one with <see cref="CaseTimeline.Errors"/> when the case is invalid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="engine"/> or <paramref name="policyCase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxEvaluations"/> is less than 2.</exception>
    /// <exception cref="PolicyEvaluationException">A host rule's defect, as for <see cref="PolicyEngine.Evaluate(PolicyCase)"/>.</exception>
    public static CaseTimeline Timeline(this PolicyEngine engine, PolicyCase policyCase, DateOnly from, DateOnly to, int maxEvaluations)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        if (to < from) throw new ArgumentException($"The window ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEvaluations, 2);
        ArgumentNullException.ThrowIfNull(engine);
        return TimelineSearch.Run(policyCase, from, to, engine.CandidatesOf(policyCase.Region), maxEvaluations, engine.EvaluateUnobserved);
    }
}
