using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>I7, I10: the contract's term is over: a former member.</summary>
[KeepsDecisionsComplete]
[Name("Service.TermEnded")]
[Description("After the last day of the contract's term (not ended early) the person is a former member: Ended (I10).")]
[Tag("I7")]
[Tag("I10")]
internal sealed class TermEnded : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.Enlisted, x => !x.Case.TerminatedEarly, x => x.Case.TermOver);
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.Ended, m.Case.TrainingEndsOn, m.Case.Contract!.Term.End.AddDays(1), null, Readings.I10,
            Text(m.Case), Readings.I7));
    }

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"The contract's term ended on {c.Contract!.Term.End:yyyy-MM-dd}: a former member.");
}
