using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: three weeks (days 1 to 21 of the contract) of combat and medical training.</summary>
[KeepsDecisionsComplete]
[UsesParameters(Parameter.TrainingDays)]
[Name("Service.InTraining")]
[Description("On days 1 to 21 of the contract the member is in combat and medical training.")]
[Tag("C4")]
internal sealed class InTraining : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.ContractDay >= 1, x => x.ContractDay <= x.Parameters.TrainingDays.AsInt);
        Then().Do(ctx => Decide.Phase(ctx, c, ServicePhase.Training, Text(c)));
    }

    internal static string Text(CaseFacts c) =>
        $"Day {c.ContractDay} of the contract: in the {c.Parameters.TrainingDays.AsInt} days of combat and medical training, which end on {c.TrainingEndsOn:yyyy-MM-dd}.";
}
