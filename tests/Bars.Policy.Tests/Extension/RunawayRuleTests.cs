using Bars.Policy.Engine;
using Bars.Policy.Rules;
using Bars.Policy.Rules.Facts;
using NRules.Fluent.Dsl;

namespace Bars.Policy.Tests.Extension;

/// <summary>
/// Issue 25, finding 9: the build's check for clashing rules evaluates its cases within a budget. A host rule whose
/// action does not end, or allocates without bound, fails <c>Create</c> with a configuration failure naming the rule
/// and the region, instead of the build never returning or taking the machine's memory.
/// </summary>
public sealed class RunawayRuleTests
{
    // Small budgets, so the test is quick; the waits below only keep a broken build from hanging the run. The time is
    // 5 s, not less: with 2 s, a shipped region's honest case on a loaded machine (builds beside the test run) once
    // outlasted it and was named instead of the spinning one. The allocation test's time is long, so that a loaded
    // machine's slow allocations cannot end it by time instead.
    private static readonly BuildCheckBudget Budget = new(TimeSpan.FromSeconds(5), 64L << 20);
    private static readonly BuildCheckBudget BytesOnly = Budget with { CaseTime = TimeSpan.FromSeconds(50) };
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(PolicyExecution.Sequential)]
    [InlineData(PolicyExecution.Rete)]
    public void A_rule_whose_action_does_not_end_fails_the_build_naming_the_rule_and_the_region(PolicyExecution execution)
    {
        const string region = "Spinland";
        var rule = $"Host.Spins.{execution}";
        using var release = new CancellationTokenSource();
        SpinningAction.Releases.TryAdd(rule, release.Token);
        try
        {
            var error = BuildFails(region, rule, typeof(SpinningAction), execution, Budget);

            Assert.Contains($"In {region}, rule '{rule}' did not end its action within 5 s", error.Message, StringComparison.Ordinal);
            Assert.Contains("left running on a background thread", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            release.Cancel(); // the action the build left running ends now
        }
    }

    [Fact]
    public void A_rule_whose_condition_does_not_end_fails_the_build_naming_the_region()
    {
        const string region = "Stuckland";
        const string rule = "Host.SpinsInItsCondition";
        using var release = new CancellationTokenSource();
        SpinningAction.Releases.TryAdd(rule, release.Token);
        try
        {
            var error = BuildFails(region, rule, typeof(SpinningCondition), PolicyExecution.Sequential, Budget);

            // A condition can be shared by rules, and none is firing: the region and the case are what is known.
            Assert.StartsWith($"In {region}, a rule's condition did not end (no action was running) within 5 s", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            release.Cancel();
        }
    }

    [Theory]
    [InlineData(PolicyExecution.Sequential)]
    [InlineData(PolicyExecution.Rete)]
    public void A_rule_whose_action_allocates_without_bound_fails_the_build_naming_the_rule_and_the_region(PolicyExecution execution)
    {
        const string region = "Greedland";
        var rule = $"Host.Allocates.{execution}";

        var error = BuildFails(region, rule, typeof(AllocatingAction), execution, BytesOnly);

        Assert.Matches($@"^In {region}, rule '{System.Text.RegularExpressions.Regex.Escape(rule)}' in one firing of its action allocated \d+ MiB on a case of the build's check", error.Message);
        Assert.Contains("more than the 64 MiB a case may", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_honest_host_rule_set_builds_within_the_same_bytes()
    {
        var engine = PolicyEngine.Create(new PolicyEngineOptions { BuildCheckBudget = BytesOnly }.AddRegion(HostRules.Testland).AddRuleSet(typeof(HostRules).Assembly));

        Assert.Contains(HostRules.Testland, engine.Regions);
    }

    private static PolicyConfigurationException BuildFails(string region, string rule, Type body, PolicyExecution execution, BuildCheckBudget budget)
    {
        var options = new PolicyEngineOptions { BuildCheckBudget = budget, Execution = execution, FallBackToRete = true }
            .AddRegion(region)
            .AddRuleSet(EmittedRuleSet.Deriving(body, rule, region));
        var build = Task.Run(() => PolicyEngine.Create(options));
        Assert.True(Task.WhenAny(build, Task.Delay(Bound)).GetAwaiter().GetResult() == build, "Create did not return.");
        var error = Assert.IsType<PolicyConfigurationException>(build.Exception?.InnerException);
        return error;
    }
}

/// <summary>A host rule whose action does not end (here: until its test releases it, so the run does not keep a
/// core busy).</summary>
public abstract class SpinningAction : Rule
{
    /// <summary>Each rule's release, by its name.</summary>
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CancellationToken> Releases = new(StringComparer.Ordinal);

    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CriminalConviction);
        Then().Do(ctx => Decide.Ineligible(ctx, HostRules.Order1, Spin(ctx.Rule.Name)));
    }

    /// <summary>Spins until the test releases <paramref name="rule"/>.</summary>
    public static string Spin(string rule)
    {
        var release = Releases[rule];
        while (!release.IsCancellationRequested) Thread.SpinWait(1000);
        return "Never recorded.";
    }
}

/// <summary>A host rule whose condition does not end (until its test releases it).</summary>
public abstract class SpinningCondition : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CriminalConviction && SpinningAction.Spin("Host.SpinsInItsCondition").Length > 0);
        Then().Do(ctx => Decide.Ineligible(ctx, HostRules.Order1, "Never recorded."));
    }
}

/// <summary>A host rule whose action allocates 256 MiB (in pieces it drops at once) every time it fires.</summary>
public abstract class AllocatingAction : Rule
{
    public override void Define()
    {
        CaseFacts c = null!;
        When().Match(() => c, x => x.CriminalConviction);
        Then().Do(ctx => Decide.Ineligible(ctx, HostRules.Order1, Allocate()));
    }

    private static string Allocate()
    {
        var kept = 0L;
        for (var i = 0; i < 256; i++) kept += new byte[1 << 20].Length;
        return $"Allocated {kept >> 20} MiB.";
    }
}
