using Bars.Policy.Explanation;

namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>One list of a why-not question as the page shows it: the changes the person can make, or those they cannot.</summary>
/// <param name="Heading">What the list holds, in words.</param>
/// <param name="Id">The list's element id (<c>why-not-enlistment-by</c>).</param>
/// <param name="Answers">The answers, in the engine's order.</param>
internal sealed record CounterfactualList(string Heading, string Id, IReadOnlyList<Counterfactual> Answers);
