using Bars.Policy.Parameters;

namespace Bars.Policy.Comparison;

/// <summary>
/// One case's cost under both policies, part by part (<see cref="CaseCost.Parts"/>): the sums of the determined
/// parts, the case's cost (null when any part is Undetermined), the parts left Undetermined, what moved, and the
/// parts by calendar month. A pure function of (case, baseline decision, reform decision, each policy's parameters).
/// </summary>
internal sealed record CaseMoney(
    CostChange Move,
    decimal DeterminedBefore,
    decimal DeterminedAfter,
    decimal? Measured,
    decimal NewlyDeterminedRub,
    decimal NewlyUndeterminedRub,
    IReadOnlyList<string> UndeterminedBefore,
    IReadOnlyList<string> UndeterminedAfter,
    IReadOnlyList<MonthRun> MonthsBefore,
    IReadOnlyList<MonthRun> MonthsAfter,
    IReadOnlyList<MonthRun> MonthsMeasured,
    IReadOnlyList<MonthRun> MonthsNewlyDetermined,
    IReadOnlyList<MonthRun> MonthsNewlyUndetermined)
{
    /// <summary>A case without a contract: no time in force, so no cost, counted apart.</summary>
    public static readonly CaseMoney NoContract = new(CostChange.NoContract, 0, 0, null, 0, 0, [], [], [], [], [], [], []);

    /// <summary>The case's cost under the baseline: null without a contract or when a part is Undetermined (never a 0 for an unknown).</summary>
    public decimal? Before => Move == CostChange.NoContract || UndeterminedBefore.Count > 0 ? null : DeterminedBefore;

    /// <summary>The same under the reform.</summary>
    public decimal? After => Move == CostChange.NoContract || UndeterminedAfter.Count > 0 ? null : DeterminedAfter;

    /// <summary>Some part was Undetermined and has a value under the reform.</summary>
    public bool NewlyDetermined => UndeterminedBefore.Any(k => !UndeterminedAfter.Contains(k));

    /// <summary>Some part had a value and is Undetermined under the reform.</summary>
    public bool NewlyUndetermined => UndeterminedAfter.Any(k => !UndeterminedBefore.Contains(k));

    /// <summary>The case's money under both decisions.</summary>
    /// <param name="policyCase">The case, with a contract.</param>
    /// <param name="baseline">Its valid decision under the baseline.</param>
    /// <param name="reform">Its valid decision under the reform.</param>
    /// <param name="baselineParameters">The baseline's parameters over time for the case's region.</param>
    /// <param name="reformParameters">The reform's.</param>
    /// <returns>The sums and what moved.</returns>
    /// <exception cref="PolicyEvaluationException">A sum exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static CaseMoney Of(PolicyCase policyCase, PolicyDecision baseline, PolicyDecision reform, ParameterTimeline baselineParameters, ParameterTimeline reformParameters) =>
        OfParts(reform, CaseCost.Parts(policyCase, baseline, baselineParameters), CaseCost.Parts(policyCase, reform, reformParameters));

    /// <summary>The case's money from each side's parts (<see cref="CaseCost.Parts"/>), worked out already.</summary>
    /// <param name="reform">Its valid decision under the reform (a sum past decimal names its rule).</param>
    /// <param name="before">The parts under the baseline.</param>
    /// <param name="after">The parts under the reform.</param>
    /// <returns>The sums and what moved.</returns>
    /// <exception cref="PolicyEvaluationException">A sum exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static CaseMoney OfParts(PolicyDecision reform, CostPart[] before, CostPart[] after)
    {
        decimal b = 0, a = 0, measured = 0, newlyDetermined = 0, newlyUndetermined = 0;
        List<string>? undeterminedBefore = null, undeterminedAfter = null;
        List<MonthRun>? monthsMeasured = null, monthsNewlyDetermined = null, monthsNewlyUndetermined = null;
        for (var i = 0; i < before.Length; i++)
        {
            var (x, y) = (before[i].AmountRub, after[i].AmountRub);
            if (x is null) (undeterminedBefore ??= []).Add(before[i].Kind);
            if (y is null) (undeterminedAfter ??= []).Add(after[i].Kind);
            try
            {
                b += x ?? 0;
                a += y ?? 0;
                // The months split as the totals are: a part determined on both sides is measured (after − before),
                // one filled counts its months after, one lost its months before.
                if (x is { } was && y is { } now)
                {
                    measured += now - was;
                    // A part the reform leaves as it was, month by month, measures 0 in every month: no steps for it.
                    if (!after[i].Months.SequenceEqual(before[i].Months))
                    {
                        monthsMeasured ??= [];
                        monthsMeasured.AddRange(after[i].Months);
                        foreach (var run in before[i].Months) monthsMeasured.Add(run with { Rub = -run.Rub });
                    }
                }
                else if (y is { } filled)
                {
                    newlyDetermined += filled;
                    (monthsNewlyDetermined ??= []).AddRange(after[i].Months);
                }
                else if (x is { } lost)
                {
                    newlyUndetermined += lost;
                    (monthsNewlyUndetermined ??= []).AddRange(before[i].Months);
                }
            }
            catch (OverflowException overflow)
            {
                var part = after[i].AmountRub is null ? before[i] : after[i];
                throw CaseCost.TooLarge(reform, part.Kind, part.Findings, overflow);
            }
        }

        var (lostAny, filledAny) = (
            undeterminedAfter?.Exists(k => undeterminedBefore?.Contains(k) != true) == true,
            undeterminedBefore?.Exists(k => undeterminedAfter?.Contains(k) != true) == true);

        // The measured change decides a rise or a fall, whatever else moved; a part filled or lost is told apart.
        var move = measured > 0 ? CostChange.Rises
            : measured < 0 ? CostChange.Falls
            : lostAny ? CostChange.NewlyUndetermined
            : filledAny ? CostChange.NewlyDetermined
            : CostChange.Unchanged;
        return new CaseMoney(
            move, b, a, measured, newlyDetermined, newlyUndetermined, undeterminedBefore ?? [], undeterminedAfter ?? [], Months(before), Months(after),
            monthsMeasured ?? [], monthsNewlyDetermined ?? [], monthsNewlyUndetermined ?? []);
    }

    private static MonthRun[] Months(CostPart[] parts) => parts.SelectMany(p => p.Months).ToArray();
}
