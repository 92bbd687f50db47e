namespace Bars.Policy.Explanation;

/// <summary>
/// Why not, by evaluating variations of the case: the one-field changes <see cref="CaseCandidates"/> proposes and
/// time (the case on each later candidate date, within the horizon: the first that gives the outcome is the
/// earliest date that does); then, for an outcome no change the person can make gives alone, pairs of changes of
/// which neither alone is enough. Every answer is a decision the engine made, never derived from a rule's text.
/// </summary>
internal sealed class WhyNotSearch
{
    private readonly PolicyCase c;
    private readonly CaseCandidates candidates;
    private readonly Func<string?, CaseCandidates?> candidatesOf;
    private readonly IReadOnlyList<string> regions;
    private readonly EvaluationBudget budget;
    private readonly DateOnly horizon;
    private readonly List<Question> questions = [];

    private WhyNotSearch(PolicyCase c, CaseCandidates candidates, Func<string?, CaseCandidates?> candidatesOf, IReadOnlyList<string> regions, EvaluationBudget budget, DateOnly horizon)
    {
        this.c = c;
        this.candidates = candidates;
        this.candidatesOf = candidatesOf;
        this.regions = regions;
        this.budget = budget;
        this.horizon = horizon;
    }

    public static WhyNotAnswer Run(PolicyCase c, Func<string?, CaseCandidates?> candidatesOf, IReadOnlyList<string> regions, WhyNotOptions options, Func<PolicyCase, PolicyDecision> evaluate)
    {
        var budget = new EvaluationBudget(evaluate, options.MaxEvaluations);
        var own = budget.Evaluate(c)!;
        if (!own.IsValid || candidatesOf(c.Region) is not { } candidates) return new WhyNotAnswer(own.CaseId, c.AsOf, null, [], budget.Used, false, own.Errors);

        var asOf = c.AsOf!.Value;
        var horizon = asOf.Year + options.HorizonYears <= DateOnly.MaxValue.Year ? asOf.AddYears(options.HorizonYears) : DateOnly.MaxValue;
        var search = new WhyNotSearch(c, candidates, candidatesOf, regions, budget, horizon);
        foreach (var state in OutcomeState.Of(own))
        {
            if (Wanted(state) is { } wanted && state.Status != wanted) search.questions.Add(new Question(state, wanted));
        }

        search.Search();
        return new WhyNotAnswer(own.CaseId, asOf, horizon, search.questions.Select(q => q.Answer()).ToArray(), budget.Used, budget.Exhausted, []);
    }

    // The favourable status of an outcome, where it has one: enlistment Eligible, an entitlement Entitled.
    private static string? Wanted(OutcomeState state) =>
        state.Outcome == OutcomeState.EnlistmentOutcome ? nameof(EnlistmentOutcome.Eligible)
        : state.Outcome.StartsWith("entitlements.", StringComparison.Ordinal) ? nameof(EntitlementStatus.Entitled)
        : null;

    private void Search()
    {
        if (questions.Count == 0) return;
        var singles = candidates.Changes(c, regions).ToArray();

        // One field: time, then every other change.
        Later(c, [], questions);
        var invalid = new HashSet<CaseChange>();
        foreach (var change in singles)
        {
            if (budget.Evaluate(change.ApplyTo(c)) is not { IsValid: true } d)
            {
                if (budget.Exhausted) return;
                invalid.Add(change);
                continue;
            }

            Record(questions, [change], d);
        }

        // A change that makes the case invalid (a length the early termination falls outside) pairs with nothing.
        singles = singles.Where(s => !invalid.Contains(s)).ToArray();

        // Two fields, for the outcomes no single change the person can make gives.
        var open = questions.Where(q => !q.Found.Any(f => f.Changes.All(x => x.ByThePerson))).ToList();
        if (open.Count == 0) return;
        foreach (var change in singles.Where(s => s.Field != "applicant.birthDate"))
        {
            // A birth date moves the age as time does: paired with time it says nothing a birth date alone does not.
            var waiting = open.Where(q => !q.SingleFields.Contains(change)).ToList();
            if (waiting.Count > 0) Later(change.ApplyTo(c), [change], waiting);
            if (budget.Exhausted) return;
        }

        for (var i = 0; i < singles.Length; i++)
        {
            for (var j = i + 1; j < singles.Length; j++)
            {
                var (a, b) = (singles[i], singles[j]);
                if (a.Field == b.Field) continue;
                var waiting = open.Where(q => !q.SingleFields.Contains(a) && !q.SingleFields.Contains(b)).ToList();
                if (waiting.Count == 0) continue;
                if (budget.Evaluate(b.ApplyTo(a.ApplyTo(c))) is not { IsValid: true } d)
                {
                    if (budget.Exhausted) return;
                    continue;
                }

                Record(waiting, [a, b], d);
            }
        }
    }

    // Time as a change: the case (with the changes made) on each later candidate date, up to the horizon, until each
    // waiting question has its earliest date.
    private void Later(PolicyCase changed, CaseChange[] made, IReadOnlyList<Question> waiting)
    {
        var asOf = c.AsOf!.Value;
        var left = waiting.ToList();
        // The changed case's own region's boundaries: a change of region brings that region's dates (a host value's).
        var dates = (candidatesOf(changed.Region) ?? candidates).BoundaryDates(changed, asOf, horizon);
        foreach (var date in dates)
        {
            if (left.Count == 0) return;
            if (budget.Evaluate(changed with { AsOf = date }) is not { } d) return;
            if (!d.IsValid) continue;
            var birth = changed.Applicant?.BirthDate;
            var age = birth is { } b ? $", when aged {Engine.CaseReader.CompletedYears(b, date)}" : "";
            var time = new CaseChange("asOf", CaseChange.Write(asOf), CaseChange.Write(date), true, $"from {CaseChange.Write(date)}{age}");
            foreach (var q in Record(left, [.. made, time], d)) left.Remove(q);
        }
    }

    // Records the decision for each question it answers; returns those.
    private List<Question> Record(IReadOnlyList<Question> waiting, CaseChange[] changes, PolicyDecision d)
    {
        var answered = new List<Question>();
        var states = OutcomeState.Of(d);
        foreach (var q in waiting)
        {
            var state = states.First(s => s.Outcome == q.Current.Outcome);
            if (state.Status != q.Wanted) continue;
            q.Add(changes, state);
            answered.Add(q);
        }

        return answered;
    }

    private sealed class Question(OutcomeState current, string wanted)
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);

        public OutcomeState Current { get; } = current;

        public string Wanted { get; } = wanted;

        public List<Counterfactual> Found { get; } = [];

        // The single changes that give the outcome alone: a pair that holds one is not the smallest.
        public HashSet<CaseChange> SingleFields { get; } = [];

        public void Add(CaseChange[] changes, OutcomeState result)
        {
            if (changes.Length == 1) SingleFields.Add(changes[0]);
            // One answer per set of fields and result: the nearest value (candidates come nearest first, dates earliest).
            var key = string.Join("+", changes.Select(x => x.Field).Order(StringComparer.Ordinal)) + "=" + result;
            if (!seen.Add(key)) return;
            Found.Add(new Counterfactual(changes, result, Text(changes, result)));
        }

        public WhyNotQuestion Answer()
        {
            var byThePerson = Found.Where(f => f.ByThePerson).ToArray();
            var notByThePerson = Found.Where(f => !f.ByThePerson).ToArray();
            var summary = byThePerson.Length > 0 ? byThePerson[0].Text : Stays();
            return new WhyNotQuestion(Current, Wanted, byThePerson, notByThePerson, summary);
        }

        // The result, the changes, and the claims of the rules that decide it now and did not before; when none is
        // new, of those that decided it before and no longer do (a bar lifted); else of all that decide it.
        private string Text(CaseChange[] changes, OutcomeState result)
        {
            var before = Current.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            var after = result.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            var fresh = result.Findings.Where(f => !before.Contains(f.RuleId)).ToArray();
            var lifted = Current.Findings.Where(f => !after.Contains(f.RuleId)).ToArray();
            var claims = OutcomeState.ClaimsOf(fresh.Length > 0 ? fresh : lifted.Length > 0 ? lifted : result.Findings);
            return $"{result} {string.Join(" and ", changes.Select(x => x.Text))}{Cited(claims)}";
        }

        private string Stays()
        {
            var why = Current.UndeterminedReason switch
            {
                UndeterminedReason.SourceConflict => ": the source conflicts",
                UndeterminedReason.SourceSilent => ": the source is silent",
                UndeterminedReason.MissingInput => ": an input is missing",
                _ => "",
            };
            // The findings that stand in the way: those some change had to remove; all of them when no change helps.
            var standing = Current.Findings.Where(f => Found.Any(x => !x.Result.Findings.Any(r => r.RuleId == f.RuleId))).ToArray();
            return $"{Current.Status} whatever the person changes{why}{Cited(OutcomeState.ClaimsOf(standing.Length > 0 ? standing : Current.Findings))}";
        }

        private static string Cited(IReadOnlyList<string> claims) => claims.Count == 0 ? "" : $" ({string.Join(", ", claims)})";
    }
}
