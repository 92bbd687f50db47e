using Bars.Policy.Tests.Properties;

namespace Bars.Policy.Tests.Sequential;

/// <summary>
/// The sequential execution decides exactly as Rete, whether the shipped rules run as the C# compiled with the library
/// (the default) or from their expressions: for generated cases in every region of every rule set (shipped, the test
/// host's, the console sample's, host parameters, a reform), the same decision JSON byte for byte (findings in the
/// same order), or the same failure.
/// </summary>
public sealed class ExecutionEqualityProperties
{
    [PolicyProperty]
    public void Sequential_and_Rete_write_the_same_decision_in_every_region_of_every_rule_set(CaseSpec s)
    {
        for (var i = 0; i < ExecutionEngines.All.Count; i++)
        {
            var (name, sequential, rete) = ExecutionEngines.All[i];
            var fromExpressions = ExecutionEngines.FromExpressions[i];
            foreach (var region in sequential.Regions)
            {
                var c = (s with { Region = region }).ToCase();
                var expected = Outcome(rete, c);
                Assert.True(expected == Outcome(sequential, c), $"{name}, {region}: the executions differ on {PolicyJson.Write(c)}:\nRete:       {expected}\nSequential: {Outcome(sequential, c)}");
                Assert.True(expected == Outcome(fromExpressions, c), $"{name}, {region}: the executions differ on {PolicyJson.Write(c)}:\nRete:                     {expected}\nSequential (expressions): {Outcome(fromExpressions, c)}");
            }
        }
    }

    [Fact]
    public void Sequential_is_the_default_and_runs_every_shipped_region()
    {
        var engine = PolicyEngine.CreateDefault();
        Assert.Equal(PolicyExecution.Sequential, new PolicyEngineOptions().Execution);
        Assert.All(engine.Regions, r => Assert.Equal((r, PolicyExecution.Sequential, (string?)null), (engine.ExecutionOf(r).Region, engine.ExecutionOf(r).Execution, engine.ExecutionOf(r).Reason)));
    }

    [Fact]
    public void Every_region_of_the_rule_sets_runs_sequentially()
    {
        foreach (var (name, sequential, rete) in ExecutionEngines.All)
        {
            foreach (var region in sequential.Regions)
            {
                var execution = sequential.ExecutionOf(region);
                Assert.True(execution.Execution == PolicyExecution.Sequential, $"{name}, {region}: {execution.Reason}");
                Assert.Null(execution.Reason);
                Assert.Equal((region, PolicyExecution.Rete, (string?)null), (rete.ExecutionOf(region).Region, rete.ExecutionOf(region).Execution, rete.ExecutionOf(region).Reason));
            }
        }
    }

    /// <summary>The decision's JSON, or the failure's every part, so that two failures compare as text too.</summary>
    internal static string Outcome(PolicyEngine engine, PolicyCase c)
    {
        try
        {
            return PolicyJson.Write(engine.Evaluate(c));
        }
        catch (PolicyEvaluationException e)
        {
            return $"{e.GetType().Name}|{e.RuleName}|{e.CaseId}|{e.Message}|{e.InnerException?.GetType().FullName}|{e.InnerException?.Message}";
        }
    }
}
