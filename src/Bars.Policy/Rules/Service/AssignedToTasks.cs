using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Rules.Service;

/// <summary>C4: after the three weeks of training, commanders assign the member to tasks.</summary>
[KeepsDecisionsComplete]
[UsesParameters(Parameter.TrainingDays)]
[Name("Service.AssignedToTasks")]
[Description("From day 22 of the contract the member is assigned to tasks by commanders.")]
[Tag("C4")]
internal sealed class AssignedToTasks : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.ContractDay > x.Parameters.TrainingDays.AsInt);
        Then().Do(ctx => Decide.Phase(ctx, c, ServicePhase.Assigned, Text(c)));
    }

    internal static string Text(CaseFacts c) =>
        $"Day {c.ContractDay} of the contract: training ended on {c.TrainingEndsOn:yyyy-MM-dd}; commanders assign the member to tasks.";
}
