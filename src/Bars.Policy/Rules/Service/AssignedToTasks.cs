using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: after the training, commanders assign the member to tasks.</summary>
[KeepsDecisionsComplete]
[Name("Service.AssignedToTasks")]
[Description("After the days of training (TrainingDays), while the contract is in force, a member is assigned to tasks by commanders.")]
[Tag("C4")]
internal sealed class AssignedToTasks : Rule
{
    public override void Define()
    {
        Membership m = null!;
        When().Match(() => m, x => x.IsMember, x => x.Case.ContractDay > x.Case.Whole(Parameter.TrainingDays));
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.Assigned, m.Case.TrainingEndsOn, m.Case.Stated(Parameter.TrainingDays)!.Citation, Text(m.Case), Claims.C4));
    }

    internal static string Text(CaseFacts c) =>
        $"Day {c.ContractDay} of the contract: training ended on {c.TrainingEndsOn:yyyy-MM-dd}; commanders assign the member to tasks.";
}
