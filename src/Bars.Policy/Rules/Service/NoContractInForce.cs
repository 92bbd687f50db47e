using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: training and tasks happen under a contract; with none in force on asOf there is no phase of service.</summary>
[KeepsDecisionsComplete]
[Name("Service.NoContractInForce")]
[Description("A member with no contract in force on the evaluation date (none signed, not started, ended or terminated early) is in no phase of service: NoContract.")]
[Tag("C4")]
internal sealed class NoContractInForce : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.ContractDay == null);
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.NoContract, m.Case.TrainingEndsOn, Claims.C4, Text(m.Case)));
    }

    internal static string Text(CaseFacts c) => c.Contract switch
    {
        null => "No contract has been signed: training starts on the contract's first day.",
        { } k when c.AsOf < k.StartDate => $"The contract starts on {k.StartDate:yyyy-MM-dd}, after the evaluation date.",
        { TerminatedEarlyOn: { } t } => $"The contract was terminated early on {t:yyyy-MM-dd}.",
        { } k => $"The contract's term ended on {k.Term.End:yyyy-MM-dd}.",
    };
}
