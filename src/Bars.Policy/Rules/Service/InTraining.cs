using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: three weeks of combat and medical training from the contract's first day.</summary>
[KeepsDecisionsComplete]
[Name("Service.InTraining")]
[Description("From the contract's first day, for the days of training (TrainingDays), the member is in combat and medical training.")]
[Tag("C4")]
internal sealed class InTraining : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.ContractDay >= 1, x => x.ContractDay <= x.Whole(Parameter.TrainingDays));
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.Training, c.Stated(Parameter.TrainingDays)!.Citation, Text(c), Claims.C4));
    }

    internal static string Text(CaseFacts c) =>
        $"Day {c.ContractDay} of the contract: in the {c.Whole(Parameter.TrainingDays)} days of combat and medical training, which end on {c.TrainingEndsOn:yyyy-MM-dd}.";
}
