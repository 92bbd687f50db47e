namespace Bars.Policy.Explanation;

/// <summary>
/// Screens a case with unknown applicant facts by evaluating it under every combination of their answers (2^k for
/// k unknowns, at most 2^7 = 128): an outcome the same under all is certain; it depends on an unknown when turning
/// that one answer alone changes it; an unknown settles an open outcome when, its answer fixed, every combination
/// of the others agrees.
/// </summary>
internal static class ScreeningSearch
{
    public static Screening Run(PolicyCase c, Func<PolicyCase, PolicyDecision> evaluate)
    {
        var own = evaluate(c);
        var unknown = own.IsValid ? (IReadOnlyList<string>)(c.Unknown ?? []) : [];
        if (!own.IsValid) return new Screening(own.CaseId, c.AsOf, c.Unknown?.OfType<string>().ToArray() ?? [], [], [], 1, own.Errors);

        var flags = unknown.Select(n => ApplicantFlags.Named(n)!).ToArray();
        var combinations = 1 << flags.Length;
        var states = new IReadOnlyList<OutcomeState>[combinations];
        for (var mask = 0; mask < combinations; mask++)
        {
            var applicant = c.Applicant!;
            for (var i = 0; i < flags.Length; i++) applicant = flags[i].Set(applicant, (mask & (1 << i)) != 0);
            // The variation states its answers: it lists nothing as unknown.
            states[mask] = OutcomeState.Of(evaluate(c with { Applicant = applicant, Unknown = null }));
        }

        var keys = states[0].Select(s => s.Outcome).ToArray();
        var outcomes = new List<ScreenedOutcome>();
        var open = new List<int>();
        for (var k = 0; k < keys.Length; k++)
        {
            var possible = Distinct(Enumerable.Range(0, combinations).Select(m => states[m][k]));
            var dependsOn = new List<string>();
            for (var i = 0; i < flags.Length; i++)
            {
                var bit = 1 << i;
                if (Enumerable.Range(0, combinations).Any(m => (m & bit) == 0 && !states[m][k].SameAs(states[m | bit][k]))) dependsOn.Add(flags[i].Name);
            }

            if (possible.Count > 1) open.Add(k);
            outcomes.Add(new ScreenedOutcome(keys[k], possible, dependsOn));
        }

        var questions = new List<NextQuestion>();
        for (var i = 0; i < flags.Length; i++)
        {
            var bit = 1 << i;
            int Settled(bool answer) => open.Count(k =>
                Distinct(Enumerable.Range(0, combinations).Where(m => ((m & bit) != 0) == answer).Select(m => states[m][k])).Count == 1);
            questions.Add(new NextQuestion(flags[i].Name, Settled(true), Settled(false)));
        }

        var ranked = questions.OrderByDescending(q => q.Settles).ThenByDescending(q => q.SettlesIfTrue + q.SettlesIfFalse).ToArray();
        return new Screening(own.CaseId, c.AsOf, unknown, outcomes, ranked, 1 + combinations, []);
    }

    // The distinct values, each with the findings shared by every combination that gives it.
    private static List<OutcomeState> Distinct(IEnumerable<OutcomeState> states)
    {
        var groups = new List<List<OutcomeState>>();
        foreach (var s in states)
        {
            if (groups.FirstOrDefault(g => g[0].SameAs(s)) is { } group) group.Add(s);
            else groups.Add([s]);
        }

        return groups.Select(g =>
        {
            var shared = g[0].Findings.Where(f => g.All(s => s.Findings.Contains(f))).ToArray();
            var first = g[0];
            return new OutcomeState(first.Outcome, first.Status, first.AmountRub, first.Period, first.UndeterminedReason, shared);
        }).ToList();
    }
}
