using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Termination;

/// <summary>C11: repayment follows an early termination only; without one nothing is owed.</summary>
[KeepsDecisionsComplete]
[Name("Termination.NoEarlyTermination")]
[Description("A volunteer who has not terminated a contract early owes nothing back.")]
[Tag("C11")]
internal sealed class NoEarlyTermination : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => !x.TerminatedEarly);
        Then().Do(ctx => Recorder.NotOwed(ctx, ObligationKind.RepayOneTimePayment, Claims.C11, Text(c)));
    }

    internal static FindingText Text(CaseFacts c) => c.HasContract
        ? "The contract was not terminated early, so nothing is to be returned."
        : "There is no contract, and so no early termination: nothing is to be returned.";
}
