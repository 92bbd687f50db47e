using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Enlistment;

/// <summary>
/// Combines the enlistment conditions once they have all fired: any bar makes the applicant Ineligible (a stated
/// bar decides even where another question is open); otherwise any open question leaves the outcome Undetermined
/// (a conflict before a silence before a missing input); otherwise the applicant is Eligible.
/// </summary>
[KeepsDecisionsComplete]
[Name("Enlistment.Outcome")]
[Description("Ineligible when any condition bars the applicant; otherwise Undetermined when the source leaves a condition open; otherwise Eligible.")]
[Priority(RulePriorities.Outcome)]
internal sealed class EnlistmentOutcomeRule : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c);
        Then().Do(ctx => Recorder.Enlistment(ctx, Combined(Recorder.Sheet(ctx))));
    }

    internal static (EnlistmentOutcome Outcome, UndeterminedReason? Reason, IReadOnlyList<Finding> Decisive) Combined(DecisionSheet sheet)
    {
        if (sheet.IneligibleFindings.Count > 0) return (EnlistmentOutcome.Ineligible, null, sheet.IneligibleFindings.ToArray());
        if (sheet.UndeterminedFindings.Count > 0)
        {
            return (EnlistmentOutcome.Undetermined, Strongest(sheet.UndeterminedFindings), sheet.UndeterminedFindings.Select(q => q.Finding).ToArray());
        }

        return (EnlistmentOutcome.Eligible, null, []);
    }

    // A conflict in the source says more than a silence, and a silence more than a missing input.
    private static UndeterminedReason Strongest(IReadOnlyList<(UndeterminedReason Reason, Finding Finding)> open)
    {
        var reason = UndeterminedReason.MissingInput;
        foreach (var (r, _) in open)
        {
            if (r == UndeterminedReason.SourceConflict) return r;
            if (r == UndeterminedReason.SourceSilent) reason = r;
        }

        return reason;
    }
}
