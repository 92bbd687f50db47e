namespace Bars.Policy.Cli.Output;

/// <summary>
/// One case and its decision as one flat, typed table row (<c>batch --format csv|parquet</c>): the columns of
/// <see cref="DecisionRow.Columns"/>, in that order. An invalid case keeps its row: what the decision echoes
/// (caseId, region, asOf), its error count and first error; every other cell is empty.
/// </summary>
/// <param name="CaseId">The case's id, as the decision echoes it.</param>
/// <param name="Region">The region, as the decision echoes it.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="Age">Completed years on <paramref name="AsOf"/> (I3), for a valid case.</param>
/// <param name="Sex">The applicant's sex, for a valid case.</param>
/// <param name="ContractMonths">The contract's length; empty without a contract.</param>
/// <param name="Phase">The service phase.</param>
/// <param name="EnlistmentOutcome">Eligible, Ineligible or Undetermined.</param>
/// <param name="EnlistmentReason">Why Undetermined.</param>
/// <param name="Outcomes">Each entitlement kind, then each obligation kind, in the contract's order: status, amount, reason.</param>
/// <param name="TrainingEndsOn">The last day of training.</param>
/// <param name="ErrorCount">How many errors the case has (0 for a valid case).</param>
/// <param name="FirstError">The first error, as its path and message.</param>
/// <param name="Days">The days of the time model (I6–I10), one per <see cref="DecisionRow.DayColumns"/>.</param>
/// <param name="Cost">The case's cost under the policy that decided (<see cref="CostCells"/>); empty without a contract or for an invalid case.</param>
internal sealed record DecisionRow(
    string? CaseId,
    string? Region,
    DateOnly? AsOf,
    int? Age,
    string? Sex,
    int? ContractMonths,
    string? Phase,
    string? EnlistmentOutcome,
    string? EnlistmentReason,
    OutcomeCells[] Outcomes,
    DateOnly? TrainingEndsOn,
    int ErrorCount,
    string? FirstError,
    DateOnly?[] Days,
    CostCells Cost)
{
    /// <summary>The outcomes a row has cells for: each entitlement kind, then each obligation kind.</summary>
    public static readonly string[] OutcomeNames = [.. Enum.GetNames<EntitlementKind>(), .. Enum.GetNames<ObligationKind>()];

    /// <summary>
    /// The days the time model gives (I6–I10), appended after the columns that came before it so that a reader by
    /// position keeps working: the day enlistment was judged on, each entitlement's period (from, to), each
    /// obligation's first day, the phase's days.
    /// </summary>
    public static readonly string[] DayColumns =
    [
        "enlistmentJudgedOn",
        .. Enum.GetNames<EntitlementKind>().SelectMany(o => new[] { Camel(o) + "From", Camel(o) + "To" }),
        .. Enum.GetNames<ObligationKind>().Select(o => Camel(o) + "From"),
        "phaseFrom", "phaseTo",
    ];

    /// <summary>The header, in order; documented in the tool's readme.</summary>
    public static readonly string[] Columns =
    [
        "caseId", "region", "asOf", "age", "sex", "contractMonths", "phase", "enlistmentOutcome", "enlistmentReason",
        .. OutcomeNames.SelectMany(o => new[] { Camel(o) + "Status", Camel(o) + "AmountRub", Camel(o) + "Reason" }),
        "trainingEndsOn", "errorCount", "firstError",
        .. DayColumns,
        .. CostCells.Columns,
    ];

    /// <summary>The population's own fields (<see cref="BatchResult.PassThrough"/>), as the input wrote them; empty when none are asked for.</summary>
    public IReadOnlyList<string?> PassThrough { get; init; } = [];

    /// <summary>The case's weight as the library read it (<see cref="BatchResult.Weight"/>); null unweighted or when the line's is not valid.</summary>
    public decimal? Weight { get; init; }

    private static readonly OutcomeCells[] NoOutcomes = OutcomeNames.Select(_ => new OutcomeCells(null, null, null)).ToArray();
    private static readonly DateOnly?[] NoDays = new DateOnly?[DayColumns.Length];

    /// <summary>The row of one case; the case may be null (a line that could not be read).</summary>
    /// <param name="policyCase">The case as read, or null.</param>
    /// <param name="d">Its decision.</param>
    /// <param name="policy">The engine that decided: its cost of the case fills the cost columns.</param>
    /// <returns>The row.</returns>
    public static DecisionRow Of(PolicyCase? policyCase, PolicyDecision d, PolicyEngine policy) =>
        Of(policyCase, d, policyCase is not null && d.IsValid ? policy.CostOf(policyCase, d) : null);

    /// <summary>The row of one case whose cost is known already (a comparison's).</summary>
    /// <param name="policyCase">The case as read, or null.</param>
    /// <param name="d">Its decision.</param>
    /// <param name="cost">Its cost under the policy that decided; null for none.</param>
    /// <returns>The row.</returns>
    public static DecisionRow Of(PolicyCase? policyCase, PolicyDecision d, CaseCostBreakdown? cost)
    {
        var first = d.Errors.Count > 0 ? d.Errors[0].ToString() : null;
        if (!d.IsValid || policyCase is null) return new DecisionRow(d.CaseId, d.Region, d.AsOf, null, null, null, null, null, null, NoOutcomes, null, d.Errors.Count, first, NoDays, CostCells.None);

        var outcomes = new OutcomeCells[OutcomeNames.Length];
        var i = 0;
        foreach (var e in d.Entitlements) outcomes[i++] = new OutcomeCells(e.Status.ToString(), e.AmountRub, e.UndeterminedReason?.ToString());
        foreach (var o in d.Obligations) outcomes[i++] = new OutcomeCells(o.Status.ToString(), o.AmountRub, o.UndeterminedReason?.ToString());

        var days = new DateOnly?[DayColumns.Length];
        var j = 0;
        days[j++] = d.Enlistment!.JudgedOn;
        foreach (var e in d.Entitlements)
        {
            days[j++] = e.From;
            days[j++] = e.To;
        }

        foreach (var o in d.Obligations) days[j++] = o.From;
        days[j++] = d.Service!.From;
        days[j] = d.Service.To;
        return new DecisionRow(
            d.CaseId, d.Region, d.AsOf, CompletedYears(policyCase.Applicant!.BirthDate!.Value, d.AsOf!.Value), policyCase.Applicant.Sex?.ToString(), policyCase.Contract?.Months,
            d.Service!.Phase.ToString(), d.Enlistment!.Outcome.ToString(), d.Enlistment.UndeterminedReason?.ToString(), outcomes, d.Service.TrainingEndsOn, 0, null, days, CostCells.Of(cost));
    }

    // Completed years (I3); a 29 February birthday completes its year on 28 February in common years, as AddYears does.
    private static int CompletedYears(DateOnly birth, DateOnly asOf)
    {
        var years = asOf.Year - birth.Year;
        return birth.AddYears(years) > asOf ? years - 1 : years;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>One outcome's cells in a <see cref="DecisionRow"/>.</summary>
/// <param name="Status">Its status.</param>
/// <param name="AmountRub">Its amount in roubles, when it has one.</param>
/// <param name="Reason">Why Undetermined.</param>
internal readonly record struct OutcomeCells(string? Status, decimal? AmountRub, string? Reason);
