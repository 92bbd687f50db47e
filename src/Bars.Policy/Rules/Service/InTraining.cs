using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: three weeks of combat and medical training from the contract's first day.</summary>
[KeepsDecisionsComplete]
[Name("Service.InTraining")]
[Description("From the contract's first day, for the days of training (TrainingDays), a member is in combat and medical training.")]
[Tag("C4")]
internal sealed class InTraining : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.ContractDay <= x.Case.Whole(Parameter.TrainingDays));
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.Training, m.Case.TrainingEndsOn, m.Period!.Start, Min(m.Case.TrainingEndsOn!.Value, m.Period!.End),
            m.Case.Stated(Parameter.TrainingDays)!.Citation, Text(m.Case), Claims.C4));
    }

    internal static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    internal static FindingText Text(CaseFacts c) => FindingText.Of(c, static c =>
        $"Day {c.ContractDay} of the contract: in the {c.Whole(Parameter.TrainingDays)} days of combat and medical training, which end on {c.TrainingEndsOn:yyyy-MM-dd}.");
}
