using Bars.Policy.Cli;
using Bars.Policy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bars.Policy.Tests.Engine;

/// <summary>The facade: one engine, thread-safe, registered once through DI, never throwing for bad input.</summary>
public sealed class EngineTests
{
    [Fact]
    public void AddBarsPolicy_resolves_one_engine_as_a_singleton_and_it_evaluates()
    {
        var services = new ServiceCollection().AddBarsPolicy(o => { }).AddBarsPolicy();
        Assert.Single(services, d => d.ServiceType == typeof(PolicyEngine));
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<PolicyEngine>();
        Assert.Same(engine, provider.GetRequiredService<PolicyEngine>());
        Assert.Equal(EnlistmentOutcome.Eligible, engine.Evaluate(Cases.In(Regions.Kursk)).Enlistment!.Outcome);
    }

    [Fact]
    public void Two_threads_evaluating_10000_cases_give_the_same_decisions_as_one_thread()
    {
        var cases = SyntheticCases.Valid(10_000, seed: 42);
        var engine = TestEngine.Instance;
        var sequential = cases.Select(c => PolicyJson.Write(engine.Evaluate(c))).ToArray();

        var parallel = new string[cases.Count];
        var threads = Enumerable.Range(0, 2).Select(t => new Thread(() =>
        {
            for (var i = t; i < cases.Count; i += 2) parallel[i] = PolicyJson.Write(engine.Evaluate(cases[i]));
        })).ToArray();
        foreach (var thread in threads) thread.Start();
        foreach (var thread in threads) thread.Join();

        Assert.Equal(sequential, parallel);
        Assert.Contains(sequential, s => s.Contains("\"Eligible\""));
        Assert.Contains(sequential, s => s.Contains("\"Ineligible\""));
    }

    [Fact]
    public void Evaluate_rejects_a_null_case_as_a_programming_error()
    {
        Assert.Throws<ArgumentNullException>(() => TestEngine.Instance.Evaluate(null!));
    }

    [Fact]
    public void The_engine_lists_the_regions_it_evaluates()
    {
        Assert.Equal([Regions.Belgorod, Regions.Bryansk, Regions.Kursk], TestEngine.Instance.Regions);
    }

    [Fact]
    public void Two_equal_injuries_are_two_facts_not_a_duplicate_fact_error()
    {
        var d = TestEngine.Evaluate(Cases.In(Regions.Kursk, injuries: [Cases.OffDuty(2), Cases.OffDuty(2)]));
        Assert.True(d.IsValid);
        Assert.Equal(EntitlementStatus.NotEntitled, d.Entitlement(EntitlementKind.InjuryCompensation).Status);
    }

    [Fact]
    public void Evaluating_the_same_case_twice_gives_byte_identical_json()
    {
        var c = Cases.In(Regions.Belgorod, Cases.Man() with { PublicOfficial = true });
        Assert.Equal(PolicyJson.Write(TestEngine.Evaluate(c)), PolicyJson.Write(TestEngine.Evaluate(c)));
    }
}
