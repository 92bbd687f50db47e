using Bars.Policy.Explanation;

namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// What the engine answers after a decision, for the page's sections after it: why not (<see cref="PolicyEngine.WhyNot"/>),
/// what next (<see cref="PolicyEngine.Screen"/>, only when the form marks a fact "don't know") and when
/// (<see cref="PolicyEngine.Timeline"/> over the window the person set).
/// </summary>
/// <param name="WhyNot">Per outcome that is not favourable, the changes that would make it so.</param>
/// <param name="Screening">Per outcome, certain or which unknowns it depends on, and the questions to ask next; null when nothing is marked unknown.</param>
/// <param name="Timeline">The dates in the window on which an answer changes.</param>
internal sealed record Explanations(WhyNotAnswer WhyNot, Screening? Screening, CaseTimeline Timeline)
{
    /// <summary>Asks the engine all three about a valid case.</summary>
    /// <param name="engine">The host's engine.</param>
    /// <param name="policyCase">The case, as the form described it (its <c>unknown</c> list included).</param>
    /// <param name="window">The timeline's window.</param>
    /// <returns>The three answers.</returns>
    public static Explanations Of(PolicyEngine engine, PolicyCase policyCase, TimelineWindow window) => new(
        engine.WhyNot(policyCase),
        policyCase.Unknown is { Count: > 0 } ? engine.Screen(policyCase) : null,
        engine.Timeline(policyCase, window.From, window.To));
}
