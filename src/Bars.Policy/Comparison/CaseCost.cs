using Bars.Policy.Parameters;

namespace Bars.Policy.Comparison;

/// <summary>
/// The money a case's decision gives over the contract's days in force, a pure function of (case, decision, the
/// policy's parameters over time), part by part: monthly pay for each day of membership at the rate in force that day
/// (I9), one-time payment, injury compensation, − repayment owed. A part that is Undetermined stays unknown (null),
/// never 0; the others are summed. docs/reading.md, "Cost of a case", is the reading.
/// </summary>
internal static class CaseCost
{
    /// <summary>
    /// The months the contract is in force: its length, or, after an early termination, the whole months from the
    /// start to the termination date plus the part month as its share of days (<see cref="ContractMonths"/>).
    /// </summary>
    /// <param name="contract">A valid contract (months and start date present).</param>
    /// <returns>The months in force, exact but for the part month's share (decimal division); 0 when it was ended on its first day.</returns>
    public static decimal MonthsInForce(Contract contract)
    {
        if (InForce(contract) is not { } days) return 0;
        var (whole, numerator, denominator) = ContractMonths.Count(days.Start, days.Start, days.End);
        return whole + ((decimal)numerator / denominator);
    }

    /// <summary>
    /// The case's money, part by part, in the decision's order (the money entitlements, then the obligations):
    /// each part's amount in roubles (a part month's pay to the kopeck), 0 where none is due, null where
    /// Undetermined, and the calendar months it falls in. Monthly pay is the contract's over its days of membership,
    /// whatever the phase on <c>asOf</c>: as the decision gives it (its rates, or its one amount) while a member;
    /// before the start or after the membership, where the decision states no rate, at the rates of
    /// <paramref name="parameters"/> in force on those days. Injury compensation is paid in the event of an injury
    /// (C5): a case without an injury on duty has none to pay, even where the region's entitlement itself is
    /// Undetermined (docs/reading.md).
    /// </summary>
    /// <param name="policyCase">The case, with a contract.</param>
    /// <param name="decision">Its valid decision.</param>
    /// <param name="parameters">The parameters over time of the case's region, under the policy that decided.</param>
    /// <returns>The parts; the same kinds in the same order for every valid decision.</returns>
    /// <exception cref="PolicyEvaluationException">A part exceeds <see cref="decimal"/>: only a host rule's own amount
    /// can (host values are bounded at build, see PolicyBuild.MaxAmountRub), a defect named by its rule.</exception>
    public static CostPart[] Parts(PolicyCase policyCase, PolicyDecision decision, ParameterTimeline parameters)
    {
        var contract = policyCase.Contract!;
        var start = contract.StartDate!.Value;
        var firstInjury = policyCase.Injuries?.FirstOrDefault(i => i?.OnDuty == true)?.Date;
        var parts = new CostPart[MoneyKinds + decision.Obligations.Count];
        var n = 0;
        foreach (var e in decision.Entitlements)
        {
            if (!IsMoney(e.Kind)) continue;
            try
            {
                parts[n++] = e.Kind switch
                {
                    EntitlementKind.MonthlyPay => MonthlyPay(contract, e, parameters),
                    EntitlementKind.InjuryCompensation when firstInjury is not { } injured => None(e),
                    EntitlementKind.InjuryCompensation => Once(e, e.Status, e.AmountRub, e.From ?? firstInjury!.Value),
                    _ => Once(e, e.Status, e.AmountRub, start),
                };
            }
            catch (OverflowException overflow)
            {
                throw TooLarge(decision, e.Kind.ToString(), e.Findings, overflow);
            }
        }

        foreach (var o in decision.Obligations)
        {
            decimal? amount = o.Status == ObligationStatus.Undetermined ? null
                : o.Status == ObligationStatus.Owed && o.AmountRub is { } owed ? -owed
                : 0;
            var month = MonthRun.IndexOf(o.From ?? contract.TerminatedEarlyOn ?? start);
            parts[n++] = new CostPart(o.Kind.ToString(), amount, o.Findings, amount == 0 ? [] : [new MonthRun(month, 1, amount)]);
        }

        return parts;
    }

    /// <summary>
    /// The case's cost under one policy as the public <see cref="CaseCostBreakdown"/>: the parts of <see cref="Parts"/>
    /// (so the numbers the comparison sums), each Undetermined one with its outcome's reason (a rate no one states on
    /// a day of membership: SourceSilent), and their total.
    /// </summary>
    /// <param name="policyCase">The case, with a contract.</param>
    /// <param name="decision">Its valid decision.</param>
    /// <param name="parameters">The parameters over time of the case's region, under the policy that decided.</param>
    /// <returns>The breakdown.</returns>
    public static CaseCostBreakdown Breakdown(PolicyCase policyCase, PolicyDecision decision, ParameterTimeline parameters) =>
        Breakdown(policyCase, decision, Parts(policyCase, decision, parameters));

    /// <summary>Like <see cref="Breakdown(PolicyCase, PolicyDecision, ParameterTimeline)"/>, from the parts <see cref="Parts"/> gave already.</summary>
    /// <param name="policyCase">The case, with a contract.</param>
    /// <param name="decision">Its valid decision.</param>
    /// <param name="parts">Its parts (<see cref="Parts"/>).</param>
    /// <returns>The breakdown.</returns>
    public static CaseCostBreakdown Breakdown(PolicyCase policyCase, PolicyDecision decision, CostPart[] parts)
    {
        CaseCostPart Part(string kind, UndeterminedReason? reason)
        {
            var part = Array.Find(parts, p => p.Kind == kind);
            return new CaseCostPart(part.AmountRub, part.AmountRub is null ? reason ?? UndeterminedReason.SourceSilent : null);
        }

        UndeterminedReason? Of(EntitlementKind kind) => decision.Entitlements.FirstOrDefault(e => e.Kind == kind)?.UndeterminedReason;
        decimal? total = 0;
        try
        {
            foreach (var p in parts) total += p.AmountRub;
        }
        catch (OverflowException overflow)
        {
            throw TooLarge(decision, parts[^1].Kind, parts[^1].Findings, overflow);
        }

        return new CaseCostBreakdown(
            MonthsInForce(policyCase.Contract!),
            Part(nameof(EntitlementKind.MonthlyPay), Of(EntitlementKind.MonthlyPay)),
            Part(nameof(EntitlementKind.OneTimePayment), Of(EntitlementKind.OneTimePayment)),
            Part(nameof(EntitlementKind.InjuryCompensation), Of(EntitlementKind.InjuryCompensation)),
            Part(nameof(ObligationKind.RepayOneTimePayment), decision.Obligations.FirstOrDefault(o => o.Kind == ObligationKind.RepayOneTimePayment)?.UndeterminedReason),
            total);
    }

    private static readonly int MoneyKinds = Enum.GetValues<EntitlementKind>().Count(IsMoney);

    // A payment made once, in the month of its day: the contract's start for signing, the injury's day.
    private static CostPart Once(EntitlementDecision e, EntitlementStatus status, decimal? amount, DateOnly day)
    {
        decimal? rub = status == EntitlementStatus.Undetermined ? null : status == EntitlementStatus.Entitled && amount is { } a ? a : 0;
        return new CostPart(e.Kind.ToString(), rub, e.Findings, rub == 0 ? [] : [new MonthRun(MonthRun.IndexOf(day), 1, rub)]);
    }

    private static CostPart None(EntitlementDecision e) => new(e.Kind.ToString(), 0, e.Findings, []);

    // Each day of membership at the rate in force that day (I9), whatever the phase on asOf; Undetermined when any
    // day's rate is.
    private static CostPart MonthlyPay(Contract contract, EntitlementDecision e, ParameterTimeline parameters)
    {
        var start = contract.StartDate!.Value;
        var kind = e.Kind.ToString();
        var days = e.From is { } from && e.To is { } to ? new ContractTerm(from, to) : InForce(contract);
        IEnumerable<(DateOnly From, DateOnly To, decimal? Rate)> rates;
        switch (e.Status)
        {
            case EntitlementStatus.Undetermined:
                return Unknown(kind, e.Findings, days);
            case EntitlementStatus.Entitled when days is not null && e.Rates.Count > 0:
                rates = e.Rates.Select(r => (r.From, r.To, r.AmountRub));
                break;
            case EntitlementStatus.Entitled when days is not null && e.AmountRub is { } amount:
                rates = [(days.Start, days.End, amount)];
                break;

            // Enlisted, asOf outside the membership: the decision names the days (I8) but no rate; the rates in force then.
            case EntitlementStatus.NotEntitled when e.From is not null && days is not null:
                rates = parameters.Periods(Parameter.MonthlyPayRub, days).Select(p => (p.Days.Start, p.Days.End, p.Value?.Value));
                break;
            default:
                return None(e);
        }

        var runs = new List<MonthRun>();
        decimal total = 0;
        foreach (var (first, last, rate) in rates)
        {
            if (rate is not { } monthly) return Unknown(kind, e.Findings, days);
            total += ContractMonths.PayByMonth(monthly, start, first, last, runs);
        }

        return new CostPart(kind, total, e.Findings, runs);
    }

    private static CostPart Unknown(string kind, IReadOnlyList<Finding> findings, ContractTerm? days) =>
        new(kind, null, findings, days is null ? [] : [new MonthRun(MonthRun.IndexOf(days.Start), MonthRun.IndexOf(days.End) - MonthRun.IndexOf(days.Start) + 1, null)]);

    // The days a valid contract is in force: to the end of its term, or to the day before an early termination.
    private static ContractTerm? InForce(Contract contract)
    {
        var term = ContractTerm.OfMonths(contract.StartDate!.Value, contract.Months!.Value)!;
        return contract.TerminatedEarlyOn is { } ended ? term.Before(ended) : term;
    }

    // The entitlements that are money; the others (statuses, privileges) add nothing to a cost, decided or not.
    private static bool IsMoney(EntitlementKind kind) =>
        kind is EntitlementKind.MonthlyPay or EntitlementKind.OneTimePayment or EntitlementKind.InjuryCompensation;

    /// <summary>A host rule's amount that takes a case's money past <see cref="decimal"/>, named by its rule.</summary>
    /// <param name="d">The decision.</param>
    /// <param name="kind">The outcome.</param>
    /// <param name="findings">Its findings (the first names the rule).</param>
    /// <param name="overflow">The overflow.</param>
    /// <returns>The exception to throw.</returns>
    public static PolicyEvaluationException TooLarge(PolicyDecision d, string kind, IReadOnlyList<Finding> findings, OverflowException overflow)
    {
        var rule = findings.Count > 0 ? findings[0].RuleId : kind;
        return new PolicyEvaluationException(
            rule, d.CaseId ?? "", $"Rule '{rule}' decided {kind} on case '{d.CaseId}': the case's cost exceeds the largest decimal.", overflow);
    }
}
