using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>I7, I10: the contract was ended early: a former member from the termination's day.</summary>
[KeepsDecisionsComplete]
[Name("Service.TerminatedEarly")]
[Description("From the day the contract was terminated early the person is a former member: TerminatedEarly (I10).")]
[Tag("I7")]
[Tag("I10")]
[Tag("I13")]
internal sealed class TerminatedEarly : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted, x => x.Case.TerminatedEarly);
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.TerminatedEarly, m.Case.TrainingEndsOn, m.Case.Contract!.TerminatedEarlyOn, null, Readings.I10, Text(m.Case), Readings.I7));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The contract was terminated early on {c.Contract!.TerminatedEarlyOn:yyyy-MM-dd} by the {(c.TerminatedByUnit ? "unit" : "volunteer")}: a former member from that day.");
}
