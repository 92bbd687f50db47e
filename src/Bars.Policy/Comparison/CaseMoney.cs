namespace Bars.Policy.Comparison;

/// <summary>
/// One case's cost under both policies, part by part (<see cref="CaseCost.Parts"/>): the determined sums, the parts
/// left Undetermined, and what moved. A pure function of (case, baseline decision, reform decision).
/// </summary>
internal sealed record CaseMoney(
    CostChange Move,
    decimal? Before,
    decimal? After,
    decimal? Measured,
    decimal NewlyDeterminedRub,
    decimal NewlyUndeterminedRub,
    IReadOnlyList<string> UndeterminedBefore,
    IReadOnlyList<string> UndeterminedAfter)
{
    /// <summary>A case without a contract: no time in force, so no cost, counted apart.</summary>
    public static readonly CaseMoney NoContract = new(CostChange.NoContract, null, null, null, 0, 0, [], []);

    /// <summary>The case's money under both decisions.</summary>
    /// <param name="policyCase">The case, with a contract.</param>
    /// <param name="baseline">Its valid decision under the baseline.</param>
    /// <param name="reform">Its valid decision under the reform.</param>
    /// <returns>The sums and what moved.</returns>
    /// <exception cref="PolicyEvaluationException">A sum exceeds <see cref="decimal"/> (only a host rule's amount can).</exception>
    public static CaseMoney Of(PolicyCase policyCase, PolicyDecision baseline, PolicyDecision reform)
    {
        var before = CaseCost.Parts(policyCase, baseline);
        var after = CaseCost.Parts(policyCase, reform);
        decimal b = 0, a = 0, measured = 0, newlyDetermined = 0, newlyUndetermined = 0;
        List<string>? undeterminedBefore = null, undeterminedAfter = null;
        for (var i = 0; i < before.Length; i++)
        {
            var (x, y) = (before[i].AmountRub, after[i].AmountRub);
            if (x is null) (undeterminedBefore ??= []).Add(before[i].Kind);
            if (y is null) (undeterminedAfter ??= []).Add(after[i].Kind);
            try
            {
                b += x ?? 0;
                a += y ?? 0;
                if (x is { } was && y is { } now) measured += now - was;
                else if (y is { } filled) newlyDetermined += filled;
                else if (x is { } lost) newlyUndetermined += lost;
            }
            catch (OverflowException overflow)
            {
                var part = after[i].AmountRub is null ? before[i] : after[i];
                throw CaseCost.TooLarge(reform, part.Kind, part.Findings, overflow);
            }
        }

        var lostAny = undeterminedAfter?.Exists(k => undeterminedBefore?.Contains(k) != true) == true;
        var filledAny = undeterminedBefore?.Exists(k => undeterminedAfter?.Contains(k) != true) == true;
        var move = lostAny ? CostChange.NewlyUndetermined
            : filledAny ? CostChange.NewlyDetermined
            : measured > 0 ? CostChange.Rises
            : measured < 0 ? CostChange.Falls
            : CostChange.Unchanged;
        return new CaseMoney(move, b, a, measured, newlyDetermined, newlyUndetermined, undeterminedBefore ?? [], undeterminedAfter ?? []);
    }
}
