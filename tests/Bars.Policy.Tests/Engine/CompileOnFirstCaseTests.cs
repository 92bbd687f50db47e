using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// <see cref="PolicyEngineOptions.CompileOnFirstCase"/>: by default every region is compiled when the engine is
/// built; with it, a region is compiled when its first case (or its execution) is asked for, and decides the same.
/// </summary>
public sealed class CompileOnFirstCaseTests
{
    [Fact]
    public void By_default_every_region_is_compiled_when_the_engine_is_built()
    {
        var engine = PolicyEngine.CreateDefault();
        Assert.All(engine.Regions, r => Assert.True(engine.IsCompiled(r), r));
    }

    [Fact]
    public void On_first_case_only_the_regions_met_are_compiled_and_they_decide_the_same()
    {
        var lazy = PolicyEngine.Create(o => o.CompileOnFirstCase = true);
        Assert.All(lazy.Regions, r => Assert.False(lazy.IsCompiled(r), r));

        var c = Cases.In(Regions.Kursk, contract: Cases.Contract(months: 12));
        Assert.Equal(PolicyJson.Write(PolicyEngine.CreateDefault().Evaluate(c)), PolicyJson.Write(lazy.Evaluate(c)));
        Assert.Equal([Regions.Kursk], lazy.Regions.Where(lazy.IsCompiled));

        // Asking how a region runs compiles it too: the answer needs the compiled rules.
        Assert.Equal(PolicyExecution.Sequential, lazy.ExecutionOf(Regions.Bryansk).Execution);
        Assert.True(lazy.IsCompiled(Regions.Bryansk));
        Assert.False(lazy.IsCompiled(Regions.Belgorod));
    }

    [Fact]
    public void Regions_compiled_on_first_case_in_parallel_decide_as_compiled_at_build()
    {
        var eager = PolicyEngine.CreateDefault();
        var lazy = PolicyEngine.Create(o => o.CompileOnFirstCase = true);
        var cases = Bars.Policy.Synthetic.SyntheticCases.Valid(200, seed: 5).ToArray();
        var answers = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => answers[i] = PolicyJson.Write(lazy.Evaluate(cases[i])));
        Assert.Equal(cases.Select(c => PolicyJson.Write(eager.Evaluate(c))), answers);
    }

    [Fact]
    public void A_host_addition_is_checked_for_clashes_when_built_even_on_first_case()
    {
        // The build's clash check evaluates cases, so it compiles every region of a configuration that adds to the
        // shipped policy; the shipped policy alone (verified whole by the suite) is left to compile on first case.
        var host = PolicyEngine.Create(o =>
        {
            o.CompileOnFirstCase = true;
            o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), new SourceCitation("Kursk order (test)", "50,000 a month."));
        });
        Assert.All(host.Regions, r => Assert.True(host.IsCompiled(r), r));
    }

    // Issue 24: on first case, a region's plan starts on interpreted delegates and swaps in compiled ones from
    // another thread. Each decision is the same, during the swap and after it. (Rules run from their expressions, as
    // a host's rules are: the shipped ones, compiled with the library, have nothing to swap.)
    [Fact]
    public async Task A_tiered_region_decides_the_same_while_and_after_its_delegates_are_compiled()
    {
        var eager = PolicyEngine.Create(new PolicyEngineOptions { CompileDelegatesAtOnce = true, UseCompiledRules = false });
        Assert.All(eager.Regions, r => Assert.True(eager.PlanOf(r)!.Compiled.IsCompletedSuccessfully, r));

        var tiered = PolicyEngine.Create(new PolicyEngineOptions { CompileOnFirstCase = true, UseCompiledRules = false });
        var kursk = Cases.In(Regions.Kursk, contract: Cases.Contract(months: 12));
        Assert.Equal(PolicyJson.Write(eager.Evaluate(kursk)), PolicyJson.Write(tiered.Evaluate(kursk)));
        Assert.False(tiered.PlanOf(Regions.Kursk)!.Compiled.IsCompleted); // one case: nothing compiled

        var cases = Bars.Policy.Synthetic.SyntheticCases.Stream(seed: 24).Take(3_000).ToArray();
        var expected = cases.Select(c => PolicyJson.Write(eager.Evaluate(c))).ToArray();

        var during = new string[cases.Length];
        Parallel.For(0, cases.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => during[i] = PolicyJson.Write(tiered.Evaluate(cases[i])));
        Assert.Equal(expected, during);

        await Task.WhenAll(tiered.Regions.Select(r => tiered.PlanOf(r)!.Compiled)).WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(expected, cases.Select(c => PolicyJson.Write(tiered.Evaluate(c))));
    }

    // Issue 24: an engine built whole compiles every region's network when built, but a plan of rules run from their
    // expressions starts on interpreted delegates too (compiling them was most of a warm build), and decides as
    // compiled ones do.
    [Fact]
    public async Task Plans_from_expressions_start_interpreted_and_decide_as_plans_compiled_at_once()
    {
        var reference = PolicyEngine.Create(new PolicyEngineOptions { CompileDelegatesAtOnce = true, UseCompiledRules = false });
        var engine = PolicyEngine.Create(new PolicyEngineOptions { UseCompiledRules = false });
        Assert.All(engine.Regions, r => Assert.True(engine.IsCompiled(r), r));
        Assert.All(engine.Regions, r => Assert.False(engine.PlanOf(r)!.Compiled.IsCompleted, r));

        var cases = Bars.Policy.Synthetic.SyntheticCases.Stream(seed: 2024).Take(2_000).ToArray();
        var expected = cases.Select(c => PolicyJson.Write(reference.Evaluate(c))).ToArray();
        Assert.Equal(expected, cases.Select(c => PolicyJson.Write(engine.Evaluate(c))));

        await Task.WhenAll(engine.Regions.Select(r => engine.PlanOf(r)!.Compiled)).WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(expected, cases.Select(c => PolicyJson.Write(engine.Evaluate(c))));
    }

    // Issue 24: the shipped rules are compiled with the library, so a default engine's plans have nothing to
    // interpret or to compile later; a host's region runs its own rules interpreted first, and decides the same after.
    [Fact]
    public async Task By_default_the_shipped_plans_run_compiled_from_the_start_and_a_hosts_rules_tiered()
    {
        var engine = PolicyEngine.CreateDefault();
        Assert.All(engine.Regions, r => Assert.True(engine.PlanOf(r)!.Compiled.IsCompletedSuccessfully, r));

        var host = PolicyEngine.Create(o => o.AddRegion(Bars.Policy.Tests.Extension.HostRules.Testland).AddRuleSet(typeof(Bars.Policy.Tests.Extension.HostRules).Assembly));
        var testland = host.PlanOf(Bars.Policy.Tests.Extension.HostRules.Testland)!;
        Assert.False(testland.Compiled.IsCompleted);
        var reference = PolicyEngine.Create(o =>
        {
            o.AddRegion(Bars.Policy.Tests.Extension.HostRules.Testland).AddRuleSet(typeof(Bars.Policy.Tests.Extension.HostRules).Assembly);
            o.CompileDelegatesAtOnce = true;
        });
        var cases = Bars.Policy.Synthetic.SyntheticCases.Stream(seed: 7).Take(500).Select(c => c with { Region = Bars.Policy.Tests.Extension.HostRules.Testland }).ToArray();
        var expected = cases.Select(c => PolicyJson.Write(reference.Evaluate(c))).ToArray();
        Assert.Equal(expected, cases.Select(c => PolicyJson.Write(host.Evaluate(c))));
        await testland.Compiled.WaitAsync(TimeSpan.FromMinutes(5));
        Assert.Equal(expected, cases.Select(c => PolicyJson.Write(host.Evaluate(c))));
    }
}
