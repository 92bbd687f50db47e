using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: after the training, commanders assign the member to tasks, to the end of membership.</summary>
[KeepsDecisionsComplete]
[Name("Service.AssignedToTasks")]
[Description("After the days of training (TrainingDays), while a member, the member is assigned to tasks by commanders.")]
[Tag("C4")]
internal sealed class AssignedToTasks : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.ContractDay > x.Case.Whole(Parameter.TrainingDays));
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.Assigned, m.Case.TrainingEndsOn, m.Case.TrainingEndsOn!.Value.AddDays(1), m.Period!.End,
            m.Case.Stated(Parameter.TrainingDays)!.Citation, Text(m), Claims.C4));
    }

    internal static FindingText Text(Membership m) => FindingText.Of(m, static m =>
        $"Day {m.Case.ContractDay} of the contract: training ended on {m.Case.TrainingEndsOn:yyyy-MM-dd}; commanders assign the member to tasks until {m.Period!.End:yyyy-MM-dd}.");
}
