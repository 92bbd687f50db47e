using Bars.Policy.Engine;

namespace Bars.Policy.Explanation;

/// <summary>
/// Screens a case with unknown applicant facts by evaluating it under every combination of their answers (2^k for
/// k unknowns, at most 2^7 = 128), as <see cref="PolicyEngine.Evaluate(PolicyCase)"/> does and with its one meaning
/// of "the same outcome" (<see cref="UnknownFacts.Keys"/>, I11): an outcome the same under all is certain (Evaluate
/// decides it); one that differs is open (Evaluate leaves it Undetermined, MissingInput) and depends on an unknown
/// when turning that one answer alone changes it. An unknown settles an open outcome when, its answer fixed, every
/// combination of the others agrees. An unknown no outcome depends on can change nothing for the case: it is not asked.
/// </summary>
internal static class ScreeningSearch
{
    public static Screening Run(PolicyCase c, Func<PolicyCase, PolicyDecision> evaluate)
    {
        var own = evaluate(c);
        if (!own.IsValid) return new Screening(own.CaseId, c.AsOf, c.Unknown?.OfType<string>().ToArray() ?? [], [], [], 1, own.Errors) { Region = own.Region };

        var flags = UnknownFacts.Flags(c);
        var variants = UnknownFacts.Variants(c, flags, evaluate);
        var combinations = variants.Length;
        var states = variants.Select(OutcomeState.Of).ToArray();
        var keys = variants.Select(UnknownFacts.Keys).ToArray();

        var outcomes = new List<ScreenedOutcome>();
        var open = new List<int>();
        var dependents = flags.Select(_ => new List<string>()).ToArray();
        for (var k = 0; k < states[0].Count; k++)
        {
            var column = keys.Select(x => x[k]).ToArray();
            var possible = Distinct(Enumerable.Range(0, combinations), states, keys, k);
            var dependsOn = new List<string>();
            for (var i = 0; i < flags.Length; i++)
            {
                if (!UnknownFacts.DependsOn(column, i)) continue;
                dependsOn.Add(flags[i].Name);
                dependents[i].Add(states[0][k].Outcome);
            }

            if (possible.Count > 1) open.Add(k);
            outcomes.Add(new ScreenedOutcome(states[0][k].Outcome, possible, dependsOn));
        }

        var questions = new List<(NextQuestion Question, int Order)>();
        for (var i = 0; i < flags.Length; i++)
        {
            // A fact no outcome depends on changes nothing whatever the answer: asking it settles nothing.
            if (dependents[i].Count == 0) continue;
            var bit = 1 << i;
            int Settled(bool answer) => open.Count(k =>
                Distinct(Enumerable.Range(0, combinations).Where(m => ((m & bit) != 0) == answer), states, keys, k).Count == 1);
            questions.Add((new NextQuestion(flags[i].Name, Settled(true), Settled(false), dependents[i]), i));
        }

        // What the answer settles whichever it is, then in all; then how many outcomes turn on it; then the case's order.
        var ranked = questions
            .OrderByDescending(q => q.Question.Settles)
            .ThenByDescending(q => q.Question.SettlesIfTrue + q.Question.SettlesIfFalse)
            .ThenByDescending(q => q.Question.Outcomes.Count)
            .ThenBy(q => q.Order)
            .Select(q => q.Question)
            .ToArray();
        return new Screening(own.CaseId, c.AsOf, flags.Select(f => f.Name).ToArray(), outcomes, ranked, 1 + combinations, []) { Region = own.Region };
    }

    // The distinct values of outcome k over the combinations, by the key Evaluate compares, each with the findings
    // shared by every combination that gives it.
    private static List<OutcomeState> Distinct(IEnumerable<int> combinations, IReadOnlyList<OutcomeState>[] states, object[][] keys, int k) =>
        combinations.GroupBy(m => keys[m][k]).Select(g =>
        {
            var first = states[g.First()][k];
            var shared = first.Findings.Where(f => g.All(m => states[m][k].Findings.Contains(f))).ToArray();
            return new OutcomeState(first.Outcome, first.Status, first.AmountRub, first.Period, first.UndeterminedReason, shared, first.From, first.To);
        }).ToList();
}
