namespace Bars.Policy.Explanation;

/// <summary>
/// Why not, by evaluating variations of the case: the one-field changes <see cref="CaseCandidates"/> proposes and
/// time (the case on each later candidate date, within the horizon: the first that gives the outcome is the
/// earliest date that does); then, for an outcome no change the person can make gives alone, pairs of changes of
/// which neither alone is enough. Every answer is a decision the engine made, never derived from a rule's text.
/// For someone who is not a member on the case's date (no contract, a contract not begun, one over, or an applicant
/// Ineligible under it) each entitlement also gets the prospective answer: what would be due with a contract in force
/// (I7). Enlistment is judged on a contract's start (I6): with a contract, waiting changes no enlistment, so the
/// routes that do are a new contract (from today, or from a later date that matters, such as a birthday).
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
    private readonly PolicyDecision own;

    private WhyNotSearch(PolicyCase c, PolicyDecision own, CaseCandidates candidates, Func<string?, CaseCandidates?> candidatesOf, IReadOnlyList<string> regions, EvaluationBudget budget, DateOnly horizon)
    {
        this.own = own;
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
        if (!own.IsValid || candidatesOf(c.Region) is not { } candidates) return new WhyNotAnswer(own.CaseId, c.AsOf, null, [], budget.Used, false, own.Errors) { Region = own.Region };

        var asOf = c.AsOf!.Value;
        var horizon = asOf.Year + options.HorizonYears <= DateOnly.MaxValue.Year ? asOf.AddYears(options.HorizonYears) : DateOnly.MaxValue;
        var search = new WhyNotSearch(c, own, candidates, candidatesOf, regions, budget, horizon);
        foreach (var state in OutcomeState.Of(own))
        {
            if (Wanted(state) is { } wanted && state.Status != wanted) search.questions.Add(new Question(state, wanted));
        }

        search.Search();
        return new WhyNotAnswer(own.CaseId, asOf, horizon, search.questions.Select(q => q.Answer()).ToArray(), budget.Used, budget.Exhausted, []) { Region = own.Region };
    }

    // The favourable status of an outcome, where it has one: enlistment Eligible, an entitlement Entitled. A question
    // that does not arise (NotApplicable, I8: a post for someone who holds none) is not a refusal and asks nothing.
    private static string? Wanted(OutcomeState state) =>
        state.Status == nameof(EntitlementStatus.NotApplicable) ? null
        : state.Outcome == OutcomeState.EnlistmentOutcome ? nameof(EnlistmentOutcome.Eligible)
        : state.Outcome.StartsWith("entitlements.", StringComparison.Ordinal) ? nameof(EntitlementStatus.Entitled)
        : null;

    private void Search()
    {
        if (questions.Count == 0) return;
        // One field: time, then every other change (a new contract's dates follow from time's answers).
        Later(c, [], questions);
        var signing = candidates.Changes(c, regions).ToArray();
        var singles = signing.Concat(NewContracts(signing)).ToArray();
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

        Prospective(singles);
        if (budget.Exhausted) return;

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

    // Whether the person is a member on the case's date: the phases of someone who is not are the prospective
    // question's (I7); Undetermined is no answer either way.
    private bool NotAMember => own.Service!.Phase is ServicePhase.NoContract or ServicePhase.NotStarted or ServicePhase.Ended
        or ServicePhase.TerminatedEarly or ServicePhase.NotMember;

    // For an applicant Ineligible on the day he is judged, contracts that judge him later (I6 judges each contract on
    // its own start). In place of the case's contract: a new one from the case's date and from each later date that
    // can matter to enlistment (a birthday at an age the rules name, a value's date). Without a contract: each length
    // the candidates sign, from the day time makes him Eligible (time alone enlists nobody into a contract's outcomes).
    // None for anyone else: waiting for a contract to begin is time, and a contract over is the prospective answer's.
    // These candidates are why-not's own: verification and timelines have no use for a replaced contract.
    private IEnumerable<CaseChange> NewContracts(CaseChange[] signing)
    {
        if (!NotAMember || own.Enlistment!.Outcome != EnlistmentOutcome.Ineligible) yield break;
        var asOf = c.AsOf!.Value;
        if (c.Contract is null)
        {
            if (EnlistsOn() is not { } day) yield break;
            foreach (var months in signing.Where(x => x.Field == "contract").Select(x => x.ApplyTo(c).Contract!.Months!.Value).Distinct())
            {
                yield return NewContract(null, months, day);
            }

            yield break;
        }

        if (c.Contract is not { Months: { } length, StartDate: { } start }) yield break;
        var old = CaseChange.Contract(length, start);
        yield return NewContract(old, length, asOf);
        foreach (var date in candidates.BoundaryDates(c with { Contract = null, Injuries = null }, asOf, horizon))
        {
            yield return NewContract(old, length, date);
        }
    }

    // The earliest date time alone makes the enlistment Eligible, when it does.
    private DateOnly? EnlistsOn() =>
        questions.FirstOrDefault(q => q.Current.Outcome == OutcomeState.EnlistmentOutcome)?.Found
            .FirstOrDefault(f => f.Changes is [{ Field: "asOf" }])?.ApplyTo(c).AsOf;

    private CaseChange NewContract(string? old, int months, DateOnly from)
    {
        var birth = c.Applicant?.BirthDate;
        var age = birth is { } b && b <= from ? $", when aged {Engine.CaseReader.CompletedYears(b, from)}" : "";
        return new CaseChange("contract", old, CaseChange.Contract(months, from), true, $"with a {(old is null ? "" : "new ")}{months}-month contract from {CaseChange.Write(from)}{age}");
    }

    // The prospective answer (I7), for each entitlement of someone who is not a member on the case's date: the
    // entitlement with a contract in force. A contract not begun is taken in force on its start. Otherwise a contract
    // (the case's length, or where it has none each length the candidates sign) is taken from the earliest day the
    // person can enlist: the case's date, or when enlistment is barred the date of its first route the person can
    // take (a birthday, by time or by a new contract), in force that day. Where the lengths disagree there is none.
    private void Prospective(CaseChange[] singles)
    {
        var prospecting = questions.Where(q => q.Prospects).ToList();
        if (prospecting.Count == 0 || !NotAMember) return;
        var asOf = c.AsOf!.Value;
        if (own.Service!.Phase == ServicePhase.NotStarted && c.Contract is { StartDate: { } begins })
        {
            var wait = new CaseChange("asOf", CaseChange.Write(asOf), CaseChange.Write(begins), true, $"from {CaseChange.Write(begins)}");
            Prospect(prospecting, [[wait]], $"with the contract in force from {CaseChange.Write(begins)}");
            return;
        }

        var from = asOf;
        var enlistment = questions.FirstOrDefault(q => q.Current.Outcome == OutcomeState.EnlistmentOutcome);
        if (own.Enlistment!.Outcome == EnlistmentOutcome.Ineligible)
        {
            // The first route is the earliest: time and new contracts come earliest first. None: barred for good.
            var route = enlistment?.Found.FirstOrDefault(f => f.ByThePerson && f.Changes is [{ Field: "asOf" or "contract" }]);
            if (route?.ApplyTo(c) is not { } enlisted) return;
            from = enlisted.Contract?.StartDate is { } start && route.Changes[0].Field == "contract" ? start : enlisted.AsOf!.Value;
        }

        var lengths = c.Contract is { Months: { } months } ? [months]
            : singles.Where(x => x.Field == "contract").Select(x => x.ApplyTo(c).Contract!.Months!.Value).Distinct().ToArray();
        var old = c.Contract is { Months: { } m, StartDate: { } s } ? CaseChange.Contract(m, s) : null;
        var birth = c.Applicant?.BirthDate;
        var age = from != asOf && birth is { } b && b <= from ? $", when aged {Engine.CaseReader.CompletedYears(b, from)}" : "";
        var later = new CaseChange("asOf", CaseChange.Write(asOf), CaseChange.Write(from), true, $"from {CaseChange.Write(from)}");
        var ways = lengths.Select(l =>
        {
            var signed = new CaseChange("contract", old, CaseChange.Contract(l, from), true, $"with a {(old is null ? "" : "new ")}{l}-month contract from {CaseChange.Write(from)}");
            return from == asOf ? new[] { signed } : [signed, later];
        }).ToArray();
        var words = $"with a {(old is null ? "" : "new ")}contract in force{(from == asOf ? "" : $" from {CaseChange.Write(from)}{age}")}";
        Prospect(prospecting, ways, words);
    }

    // Evaluates each way and gives a question its prospective answer where every way agrees.
    private void Prospect(List<Question> prospecting, CaseChange[][] ways, string words)
    {
        var results = new List<IReadOnlyList<OutcomeState>>();
        foreach (var way in ways)
        {
            var changed = c;
            foreach (var change in way) changed = change.ApplyTo(changed);
            if (budget.Evaluate(changed) is not { } d) return;
            if (d.IsValid) results.Add(OutcomeState.Of(d));
        }

        if (results.Count == 0) return;
        foreach (var q in prospecting)
        {
            var states = results.Select(r => r.First(x => x.Outcome == q.Current.Outcome)).ToArray();
            if (states.All(x => x.SameAs(states[0]))) q.SetProspective(ways[0], states[0], words);
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
            // Without a contract the applicant is judged on the date, so the age then is why it changes; with one,
            // enlistment was judged on its start (I6) and a later date changes the phase, not the age that counts.
            var birth = changed.Contract is null ? changed.Applicant?.BirthDate : null;
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

        // Entitlements are a member's: for a non-member they get the prospective answer (I7).
        public bool Prospects => Current.Outcome.StartsWith("entitlements.", StringComparison.Ordinal);

        public Counterfactual? Prospective { get; private set; }

        // How the prospective answer puts its change: "with a contract in force".
        private string prospectiveWords = "";

        public void Add(CaseChange[] changes, OutcomeState result)
        {
            if (changes.Length == 1) SingleFields.Add(changes[0]);
            // One answer per set of fields and result: the nearest value (candidates come nearest first, dates earliest).
            var key = string.Join("+", changes.Select(x => x.Field).Order(StringComparer.Ordinal)) + "=" + result;
            if (!seen.Add(key)) return;
            Found.Add(new Counterfactual(changes, result, Text(changes, result)));
        }

        public void SetProspective(CaseChange[] changes, OutcomeState result, string words)
        {
            prospectiveWords = words;
            Prospective = new Counterfactual(changes, result, Text(changes, result, words));
        }

        public WhyNotQuestion Answer()
        {
            var byThePerson = Found.Where(f => f.ByThePerson).ToArray();
            var notByThePerson = Found.Where(f => !f.ByThePerson).ToArray();
            string summary;
            if (Prospective is { } p && p.Result.Status == Wanted)
            {
                summary = p.Text;
            }
            else if (byThePerson.Length > 0)
            {
                summary = byThePerson[0].Text;
            }
            else if (Prospective is { } q)
            {
                // No change the person can make gives it: what a contract in force would give, and that nothing does better.
                summary = $"{q.Result.Status} {prospectiveWords}, whatever the person changes{Why(q.Result)}{Cited(ClaimsOf(q.Result))}";
            }
            else
            {
                summary = Stays();
            }

            return new WhyNotQuestion(Current, Wanted, byThePerson, notByThePerson, summary, Prospective);
        }

        // The result, the changes, and the claims of the rules that decide it now and did not before; when none is
        // new, of those that decided it before and no longer do (a bar lifted); else of all that decide it.
        private string Text(CaseChange[] changes, OutcomeState result, string? words = null) =>
            $"{result} {words ?? string.Join(" and ", changes.Select(x => x.Text))}{Cited(ClaimsOf(result))}";

        private IReadOnlyList<string> ClaimsOf(OutcomeState result)
        {
            var before = Current.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            var after = result.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            var fresh = result.Findings.Where(f => !before.Contains(f.RuleId)).ToArray();
            var lifted = Current.Findings.Where(f => !after.Contains(f.RuleId)).ToArray();
            return OutcomeState.ClaimsOf(fresh.Length > 0 ? fresh : lifted.Length > 0 ? lifted : result.Findings);
        }

        private static string Why(OutcomeState state) => state.UndeterminedReason switch
        {
            UndeterminedReason.SourceConflict => ": the source conflicts",
            UndeterminedReason.SourceSilent => ": the source is silent",
            UndeterminedReason.MissingInput => ": an input is missing",
            _ => "",
        };

        private string Stays()
        {
            // The findings that stand in the way: those some change had to remove; all of them when no change helps.
            var standing = Current.Findings.Where(f => Found.Any(x => !x.Result.Findings.Any(r => r.RuleId == f.RuleId))).ToArray();
            return $"{Current.Status} whatever the person changes{Why(Current)}{Cited(OutcomeState.ClaimsOf(standing.Length > 0 ? standing : Current.Findings))}";
        }

        private static string Cited(IReadOnlyList<string> claims) => claims.Count == 0 ? "" : $" ({string.Join(", ", claims)})";
    }
}
