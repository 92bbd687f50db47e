using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>I7, I10: a contract signed to begin later: not yet a member, neither training nor assigned.</summary>
[KeepsDecisionsComplete]
[Name("Service.ContractNotStarted")]
[Description("Before the contract's start an enlisted applicant is not yet a member: NotStarted (I10).")]
[Tag("I7")]
[Tag("I10")]
internal sealed class ContractNotStarted : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted, x => x.Case.ContractNotStarted);
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.NotStarted, m.Case.TrainingEndsOn, null, m.Case.Contract!.StartDate.AddDays(-1), Readings.I10NotStarted,
            Text(m.Case), Readings.I7NotStarted));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The contract starts on {c.Contract!.StartDate:yyyy-MM-dd}, after {c.AsOf:yyyy-MM-dd}: not yet a member; training begins that day.");
}
