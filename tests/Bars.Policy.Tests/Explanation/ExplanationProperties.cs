using Bars.Policy.Explanation;
using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Explanation;

/// <summary>
/// The explanations' invariants on generated cases, checked against the engine itself: every why-not answer, made
/// to the case, gives the favourable outcome; a timeline is what evaluating every day of its window gives; an
/// outcome a screening calls certain is the same for every answer to the unknowns. Why-not and timeline checks
/// evaluate hundreds of variations per case, so they run fewer cases than the suite's budget.
/// </summary>
public sealed class ExplanationProperties
{
    [PolicyProperty(MaxTest = 25)]
    public void Every_why_not_answer_made_to_the_case_gives_the_favourable_outcome(CaseSpec s) => WhyNotHolds(TestEngine.Instance, s.ToCase());

    [PolicyProperty(MaxTest = 15)]
    public void Every_why_not_answer_holds_for_host_rules_and_values(CaseSpec s) => WhyNotHolds(ExplanationEngines.Host, HostCase(s));

    [PolicyProperty(MaxTest = 40)]
    public void A_timeline_is_what_evaluating_every_day_of_its_window_gives(CaseSpec s) => TimelineHolds(TestEngine.Instance, s.ToCase());

    [PolicyProperty(MaxTest = 30)]
    public void A_timeline_follows_host_rules_and_values(CaseSpec s) => TimelineHolds(ExplanationEngines.Host, HostCase(s));

    [PolicyProperty]
    public void Outcomes_reported_certain_do_not_change_for_any_answer_to_the_unknowns(CaseSpec s, byte mask)
    {
        var c = s.ToCase();
        // The generator can put a birth after the contract's start, which I6 makes invalid: nothing to screen.
        if (!TestEngine.Evaluate(c).IsValid) return;
        // Unknowns among the flags the case does not state as true, picked by the mask.
        var unknown = ApplicantFlags.All.Where((f, i) => (mask & (1 << i)) != 0 && !f.Get(c.Applicant!)).ToArray();
        var screening = TestEngine.Instance.Screen(c with { Unknown = unknown.Select(f => f.Name).ToArray() });
        Assert.Empty(screening.Errors);

        var seen = screening.Outcomes.ToDictionary(o => o.Outcome, _ => new List<OutcomeState>());
        for (var answers = 0; answers < 1 << unknown.Length; answers++)
        {
            var applicant = c.Applicant!;
            for (var i = 0; i < unknown.Length; i++) applicant = unknown[i].Set(applicant, (answers & (1 << i)) != 0);
            foreach (var state in OutcomeState.Of(TestEngine.Evaluate(c with { Applicant = applicant }))) seen[state.Outcome].Add(state);
        }

        foreach (var o in screening.Outcomes)
        {
            // A value is its status with its period (I8): "NotEntitled" before a start differs from "NotEntitled" for good.
            var values = seen[o.Outcome].Select(Valued).Distinct().Order().ToArray();
            Assert.Equal(values, o.Possible.Select(Valued).Order());
            if (o.Certain) Assert.All(seen[o.Outcome], v => Assert.True(v.SameAs(o.Possible[0]), $"{o.Outcome} is reported certain but is {v} for some answer in {PolicyJson.Write(c)}"));
            Assert.Equal(o.Certain, o.DependsOn.Count == 0);
        }

        // A fact is asked only when some outcome turns on it, and then names them.
        Assert.All(screening.NextQuestions, q => Assert.Equal(screening.Outcomes.Where(o => o.DependsOn.Contains(q.Fact)).Select(o => o.Outcome), q.Outcomes));
        Assert.Equal(unknown.Select(f => f.Name).Where(f => screening.Outcomes.Any(o => o.DependsOn.Contains(f))).Order(), screening.NextQuestions.Select(q => q.Fact).Order());
    }

    // I11, one meaning of unknown: an outcome screening calls certain is the one Evaluate decides for the case with
    // its unknowns, and one it calls open is Undetermined (MissingInput) in Evaluate, naming the facts it depends on.
    [PolicyProperty]
    public void I11_screening_and_Evaluate_agree_on_what_the_unknowns_leave_open(CaseSpec s, byte mask)
    {
        var c = s.ToCase();
        if (!TestEngine.Evaluate(c).IsValid) return;
        var unknown = ApplicantFlags.All.Where((f, i) => (mask & (1 << i)) != 0 && !f.Get(c.Applicant!)).Select(f => f.Name).ToArray();
        var listed = c with { Unknown = unknown };
        var screening = TestEngine.Instance.Screen(listed);
        var decided = OutcomeState.Of(TestEngine.Evaluate(listed));

        Assert.Equal(screening.Outcomes.Select(o => o.Outcome), decided.Select(d => d.Outcome));
        foreach (var (o, d) in screening.Outcomes.Zip(decided))
        {
            if (o.Certain)
            {
                Assert.True(d.SameAs(o.Possible[0]) && Valued(d) == Valued(o.Possible[0]), $"{o.Outcome}: screening says certain {o.Possible[0]}, Evaluate says {d} for {PolicyJson.Write(listed)}");
                Assert.DoesNotContain(d.Findings, f => f.RuleId == "Case.UnknownFacts");
            }
            else
            {
                Assert.True(d is { Status: "Undetermined", UndeterminedReason: UndeterminedReason.MissingInput }, $"{o.Outcome}: screening says open, Evaluate says {d} for {PolicyJson.Write(listed)}");
                var finding = Assert.Single(d.Findings);
                Assert.Equal("Case.UnknownFacts", finding.RuleId);
                Assert.All(o.DependsOn, f => Assert.Contains(f, finding.Text, StringComparison.Ordinal));
            }
        }
    }

    private static string Valued(OutcomeState state) => $"{state} {state.From} {state.To}";

    private static void WhyNotHolds(PolicyEngine engine, PolicyCase c)
    {
        var answer = engine.WhyNot(c);
        var decision = engine.Evaluate(c);
        var expected = OutcomeState.Of(decision)
            // A question that does not arise (NotApplicable, I8) is no refusal: nothing is asked of it.
            .Where(x => (x.Outcome == "enlistment" && x.Status != "Eligible") || (x.Outcome.StartsWith("entitlements.", StringComparison.Ordinal) && x.Status is not ("Entitled" or "NotApplicable")))
            .Select(x => x.Outcome);
        Assert.Equal(expected, answer.Questions.Select(q => q.Outcome));
        Assert.False(answer.Exhausted, $"The budget ran out for {PolicyJson.Write(c)}");

        foreach (var q in answer.Questions)
        {
            var prospectiveRoute = q.Prospective?.Result.Status == q.Wanted;
            Assert.Equal(q.ByThePerson.Count == 0 && !prospectiveRoute, q.Summary.Contains("whatever the person changes", StringComparison.Ordinal));
            // The summary never offers a change the person cannot make.
            Assert.DoesNotContain(q.NotByThePerson, cf => q.Summary.StartsWith(cf.Text, StringComparison.Ordinal));
            if (q.Prospective is { } p)
            {
                // I7: made to the case, the prospective answer's changes give its result.
                var prospect = StateOf(engine, p.ApplyTo(c), q.Outcome);
                Assert.True(prospect is not null && prospect.SameAs(p.Result), $"'{p.Text}' for {q.Outcome} gives {prospect} on {PolicyJson.Write(p.ApplyTo(c))}");
                Assert.True(p.ByThePerson);
            }

            foreach (var cf in q.ByThePerson.Concat(q.NotByThePerson))
            {
                var changed = cf.ApplyTo(c);
                var state = StateOf(engine, changed, q.Outcome);
                Assert.True(state is not null && state.Status == q.Wanted && state.SameAs(cf.Result) && state.Findings.SequenceEqual(cf.Result.Findings),
                    $"'{cf.Text}' for {q.Outcome} gives {state} on {PolicyJson.Write(changed)}");
                Assert.Equal(cf.ByThePerson, cf.Changes.All(x => x.ByThePerson));

                // The smallest sets: of a pair, neither change alone is enough.
                if (cf.Changes.Count == 2)
                {
                    foreach (var single in cf.Changes)
                    {
                        Assert.False(StateOf(engine, single.ApplyTo(c), q.Outcome)?.Status == q.Wanted, $"'{cf.Text}' is not the smallest: '{single.Text}' alone is enough for {q.Outcome} of {PolicyJson.Write(c)}");
                    }
                }

                // Time: the earliest date, so the day before still does not give it.
                if (cf.Changes.FirstOrDefault(x => x.Field == "asOf") is { } time)
                {
                    var dayBefore = DateOnly.ParseExact(time.To!, "yyyy-MM-dd").AddDays(-1);
                    if (dayBefore > c.AsOf!.Value)
                    {
                        Assert.False(StateOf(engine, changed with { AsOf = dayBefore }, q.Outcome)?.Status == q.Wanted, $"'{cf.Text}' is not the earliest date for {q.Outcome} of {PolicyJson.Write(c)}");
                    }
                }
            }
        }
    }

    private static void TimelineHolds(PolicyEngine engine, PolicyCase c)
    {
        // Born after the contract's start is invalid (I6: the applicant is judged on it); such a spec is born on the start.
        if (c is { Contract.StartDate: { } start, Applicant.BirthDate: { } birth } && birth > start) c = c with { Applicant = c.Applicant with { BirthDate = start } };
        var from = c.AsOf!.Value.AddDays(-400);
        var to = c.AsOf.Value.AddDays(400);
        var timeline = engine.Timeline(c, from, to);
        Assert.Empty(timeline.Errors);
        Assert.InRange(timeline.Evaluations, 2, 400);

        var current = timeline.Start.ToDictionary(x => x.Outcome);
        var entries = timeline.Entries.ToDictionary(e => e.Date);
        IReadOnlyList<OutcomeState> dayBefore = [];
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (entries.TryGetValue(day, out var entry))
            {
                foreach (var change in entry.Changes)
                {
                    // Each side of the date is as reported; the before side is the day before's own state, findings and all.
                    Assert.True(Same(current.GetValueOrDefault(change.Outcome), change.Before), $"{change.Outcome} before {day} is not {change.Before} for {PolicyJson.Write(c)}");
                    Assert.Equal(dayBefore.SingleOrDefault(x => x.Outcome == change.Outcome), change.Before);
                    if (change.After is null) current.Remove(change.Outcome);
                    else current[change.Outcome] = change.After;
                }
            }

            var evaluated = OutcomeState.Of(engine.Evaluate(AsItStood(c, day)));
            dayBefore = evaluated;
            Assert.True(evaluated.Count == current.Count && evaluated.All(e => current.TryGetValue(e.Outcome, out var r) && r.SameAs(e)),
                $"On {day} the timeline says {string.Join("; ", current.Values)} but the decision is {string.Join("; ", evaluated)} for {PolicyJson.Write(c)}");
        }
    }

    // The case on a day, as the timeline documents it: events recorded for later days had not happened yet.
    private static PolicyCase AsItStood(PolicyCase c, DateOnly day) => c with
    {
        AsOf = day,
        Contract = c.Contract is { TerminatedEarlyOn: { } t } k && t > day ? k with { TerminatedEarlyOn = null, TerminatedBy = null } : c.Contract,
        Injuries = c.Injuries?.Where(i => i.Date <= day).ToArray(),
    };

    private static bool Same(OutcomeState? a, OutcomeState? b) => a is null ? b is null : b is not null && a.SameAs(b);

    private static OutcomeState? StateOf(PolicyEngine engine, PolicyCase c, string outcome) =>
        engine.Evaluate(c) is { IsValid: true } d ? OutcomeState.Of(d).Single(x => x.Outcome == outcome) : null;

    // The generated case in Agedland (the host's own rule) or Kursk (the host's value from 2025-01-01).
    private static PolicyCase HostCase(CaseSpec s) => (s with { Region = s.AsOfDay % 2 == 0 ? ExplanationEngines.Agedland : Regions.Kursk }).ToCase();
}
