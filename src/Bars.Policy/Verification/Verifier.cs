using System.Diagnostics;
using System.Text.RegularExpressions;
using Bars.Policy.Parameters;

namespace Bars.Policy.Verification;

/// <summary>
/// Evaluates class combinations of one region through the engine's own <see cref="PolicyEngine.Evaluate(PolicyCase)"/> and
/// checks each decision: decided exactly once (no clash, no gap), nothing thrown, every Undetermined with its reason,
/// every finding citing a claim, a reading or a host citation, no entitlement or duty for a non-member (I4, I7), the
/// pay and the retained post only while a member, duties only while Assigned (I10), the same decision whichever order
/// the injuries are given; and over time, against the same case a year after its term: the same enlistment (I6), and
/// what was granted for good still granted (I8). It records which rules fired and which claims were cited. Both cores
/// work: the combinations are split into chunks that <c>Parallel.For</c> shares out.
/// </summary>
internal static partial class Verifier
{
    /// <summary>The caseId of every case the verification builds, and of its counterexamples.</summary>
    public const string CaseId = "counterexample";

    // Distinct defects kept per region: the rest are counted in Failed but not described.
    private const int MaxFailures = 64;

    private const long ChunkSize = 4096;

    // The source's claims and the readings of claims.md (I7, I8, …) that findings cite where the source has no words.
    private static readonly HashSet<string> ShippedClaims = Claims.All.Concat(Readings.All).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<(string Id, string Quote)> ShippedQuotes = Claims.All.Concat(Readings.All).Select(c => (c.Id, c.Quote)).ToHashSet();

    /// <summary>What one region's run found.</summary>
    public sealed record Outcome(RegionVerification Region, IReadOnlyList<VerificationFailure> Failures, HashSet<string> Fired, HashSet<string> Cited);

    /// <summary>Checks every combination of <paramref name="classes"/>.</summary>
    public static Outcome Full(PolicyEngine engine, InputClasses classes, IReadOnlyCollection<string> rules) =>
        Full(engine.Evaluate, classes, rules);

    /// <summary>Checks every combination of <paramref name="classes"/> as <paramref name="evaluate"/> decides them
    /// (the engine's own evaluation, or a deliberately broken one: the mutation check of the invariants).</summary>
    public static Outcome Full(Func<PolicyCase, PolicyDecision> evaluate, InputClasses classes, IReadOnlyCollection<string> rules) =>
        Run(evaluate, classes, rules, classes.Combinations, classes.ChoiceAt, parallel: true);

    /// <summary>Evaluates the given combinations only, on the calling thread, for clashes, gaps and throws only (the
    /// fast check at build: one evaluation per case, nothing else).</summary>
    public static Outcome Subset(Func<PolicyCase, PolicyDecision> evaluate, InputClasses classes, IReadOnlyCollection<string> rules, IReadOnlyList<Choice> choices) =>
        Run(evaluate, classes, rules, choices.Count, i => choices[(int)i], parallel: false, full: false);

    private static Outcome Run(Func<PolicyCase, PolicyDecision> engine, InputClasses classes, IReadOnlyCollection<string> rules, long count, Func<long, Choice> choiceAt, bool parallel, bool full = true)
    {
        var watch = Stopwatch.StartNew();
        var total = new Tally();
        var gate = new object();
        var chunks = (count + ChunkSize - 1) / ChunkSize;
        void Chunk(long chunk, Tally tally)
        {
            var end = Math.Min(count, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++) Check(engine, classes, rules, choiceAt(i), i, tally, full);
        }

        if (parallel)
        {
            Parallel.For(
                0,
                chunks,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                () => new Tally(),
                (chunk, _, tally) =>
                {
                    Chunk(chunk, tally);
                    return tally;
                },
                tally =>
                {
                    lock (gate) total.Add(tally);
                });
        }
        else
        {
            for (long chunk = 0; chunk < chunks; chunk++) Chunk(chunk, total);
        }

        var failures = total.Found
            .OrderBy(f => f.Key.Check).ThenBy(f => f.Key.Key, StringComparer.Ordinal)
            .Select(f => new VerificationFailure(
                classes.Region, f.Key.Check, f.Value.Message, f.Value.Rules, classes.Describe(f.Value.Choice),
                PolicyJson.Write(classes.Build(f.Value.Choice, CaseId, f.Value.Reversed)!), f.Value.Count))
            .ToArray();
        var fired = total.Fired.ToHashSet(StringComparer.Ordinal);
        var notFired = rules.Where(r => !fired.Contains(r)).Order(StringComparer.Ordinal).ToArray();
        var region = new RegionVerification(
            classes.Region,
            classes.Fields.Select(f => $"{f.Name}: {string.Join(", ", f.Classes.Select(c => c.Label))}").ToArray(),
            classes.Combinations,
            total.Cases,
            total.Clashes,
            total.Gaps,
            total.Failed,
            notFired,
            classes.Unread.Distinct(StringComparer.Ordinal).ToArray(),
            watch.Elapsed);
        return new Outcome(region, failures, total.Fired.ToHashSet(StringComparer.Ordinal), total.Cited.ToHashSet(StringComparer.Ordinal));
    }

    // A smaller counterexample has fewer fields off their usual class; among equals, the first combination.
    private static void Check(Func<PolicyCase, PolicyDecision> engine, InputClasses classes, IReadOnlyCollection<string> rules, Choice choice, long index, Tally tally, bool full)
    {
        if (classes.Build(choice, CaseId) is not { } c) return;
        tally.Cases++;
        tally.FailedHere = 0;
        var size = (classes.Size(choice) * (1L << 40)) + index;
        if (Evaluate(engine, c, choice, size, tally, reversed: false) is { } decision && full)
        {
            Inspect(c, decision, rules, choice, size, tally);
            if (Later(c) is { } later && Evaluate(engine, later, choice, size, tally, reversed: false) is { } laterDecision)
            {
                OverTime(decision, laterDecision, later.AsOf!.Value, choice, size, tally);
            }

            if (c.Injuries is { Count: >= 2 } && classes.Build(choice, CaseId, reversed: true) is { } other
                && Evaluate(engine, other, choice, size, tally, reversed: true) is { } otherDecision && !otherDecision.Equals(decision))
            {
                tally.Fail(VerificationCheck.Order, "injuries", "The decision changes when the case's injuries are given in the other order.", [], choice, size, reversed: false);
            }
        }

        if (tally.FailedHere > 0) tally.Failed++;
    }

    // The decision, or null when the evaluation failed (and the failure is recorded).
    private static PolicyDecision? Evaluate(Func<PolicyCase, PolicyDecision> engine, PolicyCase c, Choice choice, long size, Tally tally, bool reversed)
    {
        try
        {
            var d = engine(c);
            if (d.IsValid) return d;
            tally.Fail(VerificationCheck.InvalidCase, "invalid", $"The case built for the classes is invalid: {string.Join("; ", d.Errors)}.", [], choice, size, reversed);
        }
        catch (PolicyEvaluationException e) when (e.InnerException is null)
        {
            // No rule to blame: the rule set left an outcome open.
            tally.Gaps++;
            tally.Fail(VerificationCheck.Gap, e.Message.Split(" on case ")[0], GapText(e.Message), [], choice, size, reversed);
        }
        catch (PolicyEvaluationException e) when (e.InnerException is InvalidOperationException inner && ClashOf(inner.Message) is { } clash)
        {
            tally.Clashes++;
            string[] both = clash.First is null ? [e.RuleName ?? "?"] : [clash.First, clash.Second!];
            foreach (var rule in both) tally.Fired.Add(string.Intern(rule)); // both fired: the second found the outcome taken
            tally.Fail(VerificationCheck.Clash, $"{clash.Outcome}: {string.Join(" / ", both)}", $"{string.Join(" and ", both.Select(r => $"'{r}'"))} both decide {clash.Outcome}.", both, choice, size, reversed);
        }
        catch (PolicyEvaluationException e)
        {
            foreach (var rule in e.RuleName?.Split(", ") ?? []) tally.Fired.Add(string.Intern(rule)); // it fired, and failed
            tally.Fail(VerificationCheck.Throws, $"{e.RuleName}: {e.InnerException!.GetType().Name}", $"{e.Message.Replace($" on case '{CaseId}'", "", StringComparison.Ordinal)}", e.RuleName is null ? [] : e.RuleName.Split(", "), choice, size, reversed);
        }

        return null;
    }

    private static string GapText(string message) => message.Replace($" on case '{CaseId}'", "", StringComparison.Ordinal);

    private static (string? First, string? Second, string Outcome)? ClashOf(string message)
    {
        if (TwoRules().Match(message) is { Success: true } m) return (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value);
        if (message.StartsWith("Two rules decided the enlistment outcome", StringComparison.Ordinal)) return (null, null, "the enlistment outcome");
        if (message.StartsWith("Two rules decided the service phase", StringComparison.Ordinal)) return (null, null, "the service phase");
        return null;
    }

    // DecisionSheet's words for a slot filled twice.
    [GeneratedRegex(@"^Rules '(.+)' and '(.+)' both decided (\w+)\.$")]
    private static partial Regex TwoRules();

    // The same case seen later: a year after the later of asOf and the day after the term (birthdays, the term's end
    // and any parameter period passed), with every event it records (all on or before asOf). Null without a contract
    // or past the calendar.
    private static PolicyCase? Later(PolicyCase c)
    {
        if (c.Contract is not { StartDate: { } start, Months: { } months } || ContractTerm.OfMonths(start, months) is not { } term) return null;
        var asOf = c.AsOf!.Value;
        var from = asOf > term.End ? asOf : term.End;
        return from.Year < DateOnly.MaxValue.Year - 1 ? c with { AsOf = from.AddDays(1).AddYears(1) } : null;
    }

    // What must hold between a case's decision and its decision at a later asOf: the enlistment, judged once on the
    // contract's start (I6), is the same; what is granted for good (I8) stays granted.
    private static void OverTime(PolicyDecision now, PolicyDecision later, DateOnly laterOn, Choice choice, long size, Tally tally)
    {
        if (now.Enlistment!.Outcome != later.Enlistment!.Outcome)
        {
            // The rules whose findings differ between the two dates are the ones that read the date.
            var ids = now.Enlistment.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            var laterIds = later.Enlistment.Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            var rule = laterIds.Except(ids).Concat(ids.Except(laterIds)).FirstOrDefault() ?? later.Enlistment.Findings.Select(f => f.RuleId).FirstOrDefault() ?? "?";
            tally.Fail(VerificationCheck.JudgedOnce, "enlistment", $"The enlistment of a case with a contract is {now.Enlistment.Outcome} on its asOf but {later.Enlistment.Outcome} on {laterOn:yyyy-MM-dd} ({rule}); it is judged once, on the contract's start (I6).", [rule], choice, size, false);
        }

        foreach (var e in now.Entitlements)
        {
            if (e.Status != EntitlementStatus.Entitled || !ForGood.Contains(e.Kind)) continue;
            var then = later.Entitlements.FirstOrDefault(x => x.Kind == e.Kind);
            if (then?.Status != EntitlementStatus.Entitled)
            {
                var rule = then?.Findings.Select(f => f.RuleId).FirstOrDefault() ?? "?";
                tally.Fail(VerificationCheck.ForGood, e.Kind.ToString(), $"{e.Kind}, Entitled on the case's asOf, is {then?.Status.ToString() ?? "missing"} on {laterOn:yyyy-MM-dd} ({rule}); what is granted for good stays granted (I8).", [rule], choice, size, false);
            }
        }

        foreach (var o in now.Obligations)
        {
            if (o.Status != ObligationStatus.Owed) continue;
            var then = later.Obligations.FirstOrDefault(x => x.Kind == o.Kind);
            if (then?.Status != ObligationStatus.Owed)
            {
                var rule = then?.Findings.Select(f => f.RuleId).FirstOrDefault() ?? "?";
                tally.Fail(VerificationCheck.ForGood, o.Kind.ToString(), $"{o.Kind}, Owed on the case's asOf, is {then?.Status.ToString() ?? "missing"} on {laterOn:yyyy-MM-dd} ({rule}); it is owed from the termination on (I8).", [rule], choice, size, false);
            }
        }
    }

    // Granted once and for good (I8): for signing, from an injury's day, from the start of membership without end.
    private static readonly HashSet<EntitlementKind> ForGood =
        [EntitlementKind.OneTimePayment, EntitlementKind.InjuryCompensation, EntitlementKind.CombatVeteranStatus, EntitlementKind.FamilyPrivileges];

    // Granted only on the days of membership (I8): the pay and the retained post.
    private static readonly HashSet<EntitlementKind> WhileMember = [EntitlementKind.MonthlyPay, EntitlementKind.RetainPublicPosition];

    private static void Inspect(PolicyCase c, PolicyDecision d, IReadOnlyCollection<string> rules, Choice choice, long size, Tally tally)
    {
        var enlistment = d.Enlistment!;
        Reason(enlistment.Outcome == EnlistmentOutcome.Undetermined, enlistment.UndeterminedReason, "the enlistment", choice, size, tally);
        Findings(enlistment.Findings, "the enlistment", rules, choice, size, tally);
        var eligible = enlistment.Outcome == EnlistmentOutcome.Eligible;
        var asOf = c.AsOf!.Value;
        var membership = eligible && c.Contract is { StartDate: { } start, Months: { } months } k && ContractTerm.OfMonths(start, months) is { } term
            ? k.TerminatedEarlyOn is { } t ? term.Before(t) : term
            : null;
        var isMember = membership?.Contains(asOf) == true;
        foreach (var e in d.Entitlements)
        {
            Reason(e.Status == EntitlementStatus.Undetermined, e.UndeterminedReason, e.Kind.ToString(), choice, size, tally);
            Findings(e.Findings, e.Kind.ToString(), rules, choice, size, tally);
            if (e.Status != EntitlementStatus.Entitled) continue;
            var rule = e.Findings.Count > 0 ? e.Findings[0].RuleId : "?";
            if (!eligible || c.Contract is null)
            {
                var who = c.Contract is null ? "without a contract" : $"whose enlistment is {enlistment.Outcome}";
                tally.Fail(VerificationCheck.NonMember, e.Kind.ToString(), $"An applicant {who} is Entitled to {e.Kind} ({rule}); entitlements are a member's (I4, I7).", [rule], choice, size, false);
            }
            else if (WhileMember.Contains(e.Kind) && !isMember)
            {
                var when = membership is null ? "the contract was ended on its first day" : asOf < membership.Start ? $"membership begins on {membership.Start:yyyy-MM-dd}" : $"membership ended on {membership.End:yyyy-MM-dd}";
                tally.Fail(VerificationCheck.OutsideMembership, e.Kind.ToString(), $"{e.Kind} is Entitled on {asOf:yyyy-MM-dd} ({rule}), but {when}; it holds only while a member (I8).", [rule], choice, size, false);
            }
        }

        foreach (var o in d.Obligations)
        {
            Reason(o.Status == ObligationStatus.Undetermined, o.UndeterminedReason, o.Kind.ToString(), choice, size, tally);
            Findings(o.Findings, o.Kind.ToString(), rules, choice, size, tally);
        }

        var service = d.Service!;
        Reason(service.Phase == ServicePhase.Undetermined, service.UndeterminedReason, "the service phase", choice, size, tally);
        Findings(service.Findings, "the service", rules, choice, size, tally);
        if (!eligible && (service.Duties.Count > 0 || service.Phase is ServicePhase.Training or ServicePhase.Assigned))
        {
            tally.Fail(VerificationCheck.NonMember, "service", $"An applicant whose enlistment is {enlistment.Outcome} has the phase {service.Phase} and {service.Duties.Count} duties; service is a member's (I4).", [], choice, size, false);
        }
        else if (service.Duties.Count > 0 && service.Phase != ServicePhase.Assigned)
        {
            var rule = service.Findings.Select(f => f.RuleId).LastOrDefault() ?? "?";
            tally.Fail(VerificationCheck.DutiesOutsideAssignment, "duties", $"The phase is {service.Phase} but {service.Duties.Count} duties are listed ({rule}); duties only while Assigned (I10).", [rule], choice, size, false);
        }

        if (service.WarZoneDeployment is { } deployment)
        {
            Reason(deployment.Status == DeploymentStatus.Undetermined, deployment.UndeterminedReason, "the war zone deployment", choice, size, tally);
            Findings(deployment.Findings, "the war zone deployment", rules, choice, size, tally);
        }

        // The combinator records the enlistment without a finding of its own: a decided enlistment is its firing.
        tally.Fired.Add("Enlistment.Outcome");
    }

    private static void Reason(bool undetermined, UndeterminedReason? reason, string what, Choice choice, long size, Tally tally)
    {
        if (undetermined && reason is null)
        {
            tally.Fail(VerificationCheck.Reason, what, $"{what} is Undetermined without a reason.", [], choice, size, false);
        }
        else if (!undetermined && reason is not null)
        {
            tally.Fail(VerificationCheck.Reason, what, $"{what} is decided but carries the reason {reason}.", [], choice, size, false);
        }
    }

    private static void Findings(IReadOnlyList<Finding> findings, string what, IReadOnlyCollection<string> rules, Choice choice, long size, Tally tally)
    {
        if (findings.Count == 0)
        {
            tally.Fail(VerificationCheck.Citation, what, $"{what} has no finding.", [], choice, size, false);
            return;
        }

        foreach (var f in findings)
        {
            tally.Fired.Add(f.RuleId);
            var problem = CitationProblem(f, rules);
            if (problem is not null) tally.Fail(VerificationCheck.Citation, $"{f.RuleId}: {problem}", $"A finding of '{f.RuleId}' on {what} {problem}.", [f.RuleId], choice, size, false);
            foreach (var claim in f.Claims) tally.Cited.Add(claim);
        }
    }

    // A finding cites at least one id, each a claim of the source or a host's own (never a claim id the source lacks),
    // quotes words, the words of one of its claims when it cites only the source's, and names a rule of the region.
    // Its rule's [Tag]s are where the rule names its claims, once: a finding cites only those — except a rule of I4,
    // which cites the claims that decided the enlistment.
    private static string? CitationProblem(Finding f, IReadOnlyCollection<string> rules)
    {
        if (!rules.Contains(f.RuleId)) return "names no rule of the region";
        if (f.Claims.Count == 0) return "cites no claim or host citation";
        if (string.IsNullOrWhiteSpace(f.Quote)) return "quotes nothing";
        var tags = f.Rule?.Definition.Tags;
        var hostCited = false;
        foreach (var id in f.Claims)
        {
            if (string.IsNullOrWhiteSpace(id)) return "cites a blank id";
            if (tags is not null && !tags.Contains(id) && !tags.Contains("I4")) return $"cites '{id}', which its rule does not name in a [Tag]";
            if (ShippedClaims.Contains(id)) continue;
            if (ClaimLike().IsMatch(id)) return $"cites '{id}', which is no claim of the source";
            hostCited = true;
        }

        return hostCited || f.Claims.Any(id => ShippedQuotes.Contains((id, f.Quote))) ? null : "quotes words that are none of its claims'";
    }

    [GeneratedRegex(@"^[CI]\d+$")]
    private static partial Regex ClaimLike();

    /// <summary>One worker's findings; merged into the region's at the end.</summary>
    private sealed class Tally
    {
        public long Cases;
        public long Clashes;
        public long Gaps;
        public long Failed;
        public int FailedHere;
        // By reference while counting (rule names and claim ids are the same strings case after case), by value at the end.
        public HashSet<string> Fired { get; } = new(ReferenceEqualityComparer.Instance);
        public HashSet<string> Cited { get; } = new(ReferenceEqualityComparer.Instance);
        public Dictionary<(VerificationCheck Check, string Key), Found> Found { get; } = [];

        public void Fail(VerificationCheck check, string key, string message, string[] rules, Choice choice, long size, bool reversed)
        {
            FailedHere++;
            if (Found.TryGetValue((check, key), out var found))
            {
                found.Count++;
                if (size < found.Size) (found.Size, found.Choice, found.Message, found.Reversed) = (size, choice, message, reversed);
                return;
            }

            if (Found.Count < MaxFailures) Found.Add((check, key), new Found { Message = message, Rules = rules, Choice = choice, Size = size, Count = 1, Reversed = reversed });
        }

        public void Add(Tally other)
        {
            Cases += other.Cases;
            Clashes += other.Clashes;
            Gaps += other.Gaps;
            Failed += other.Failed;
            Fired.UnionWith(other.Fired);
            Cited.UnionWith(other.Cited);
            foreach (var (key, f) in other.Found)
            {
                if (Found.TryGetValue(key, out var mine))
                {
                    mine.Count += f.Count;
                    if (f.Size < mine.Size) (mine.Size, mine.Choice, mine.Message, mine.Reversed) = (f.Size, f.Choice, f.Message, f.Reversed);
                }
                else if (Found.Count < MaxFailures)
                {
                    Found.Add(key, f);
                }
            }
        }
    }

    private sealed class Found
    {
        public required string Message { get; set; }

        public required string[] Rules { get; init; }

        public Choice Choice { get; set; }

        public long Size { get; set; }

        public long Count { get; set; }

        public bool Reversed { get; set; }
    }
}
