using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: after the training, commanders assign the member to tasks.</summary>
[KeepsDecisionsComplete]
[Name("Service.AssignedToTasks")]
[Description("After the days of training (TrainingDays), while the contract is in force, the member is assigned to tasks by commanders.")]
[Tag("C4")]
internal sealed class AssignedToTasks : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.ContractDay > x.Whole(Parameter.TrainingDays));
        Then().Do(ctx => Recorder.Phase(ctx, ServicePhase.Assigned, c.Stated(Parameter.TrainingDays)!.Citation, Text(c), Claims.C4));
    }

    internal static string Text(CaseFacts c) =>
        $"Day {c.ContractDay} of the contract: training ended on {c.TrainingEndsOn:yyyy-MM-dd}; commanders assign the member to tasks.";
}
