using System.Diagnostics;
using System.Text;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Bars.Policy.Tests.Telemetry;

/// <summary>
/// The engine's metrics, traces and logs, the Microsoft.Extensions way. The meter and the activity source are the
/// process's, shared with every other test running at once: each test evaluates in a region of its own and counts
/// only what is tagged with it.
/// </summary>
public sealed class TelemetryTests
{
    private static PolicyEngine EngineWith(string region, ILoggerFactory? logging = null) =>
        PolicyEngine.Create(o => { o.AddRegion(region); o.LoggerFactory = logging; });

    private static PolicyCase In(string region, int age) => Cases.In(region, Cases.Man(age));

    [Fact]
    public void Each_decision_is_counted_by_region_and_enlistment_outcome_with_its_duration()
    {
        const string region = "Telemetry-count";
        var engine = EngineWith(region);
        using var decisions = new MetricCollector<long>(null, PolicyTelemetry.Name, "bars.policy.decisions");
        using var durations = new MetricCollector<double>(null, PolicyTelemetry.Name, "bars.policy.evaluation.duration");

        engine.Evaluate(In(region, 40));
        engine.Evaluate(In(region, 41));
        engine.Evaluate(In(region, 90));
        engine.Evaluate(In(region, 40) with { AsOf = null });

        var ours = decisions.GetMeasurementSnapshot().Where(m => Equals(m.Tags[PolicyTelemetry.RegionTag], region)).ToArray();
        Assert.Equal(
            [("Eligible", 2L), ("Ineligible", 1L), ("Invalid", 1L)],
            ours.GroupBy(m => (string)m.Tags[PolicyTelemetry.OutcomeTag]!).Select(g => (g.Key, g.Sum(m => m.Value))).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
        var timed = durations.GetMeasurementSnapshot().Where(m => Equals(m.Tags[PolicyTelemetry.RegionTag], region)).ToArray();
        Assert.Equal(4, timed.Length);
        Assert.All(timed, m => Assert.True(m.Value >= 0));
    }

    [Fact]
    public void The_variations_a_question_evaluates_are_not_counted_as_decisions()
    {
        const string region = "Telemetry-questions";
        var engine = EngineWith(region);
        using var decisions = new MetricCollector<long>(null, PolicyTelemetry.Name, "bars.policy.decisions");

        var whyNot = engine.WhyNot(In(region, 90));
        engine.Timeline(In(region, 40), new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 1));
        engine.Screen(In(region, 40) with { Unknown = ["criminalConviction"] });

        Assert.True(whyNot.Evaluations > 1);
        Assert.DoesNotContain(decisions.GetMeasurementSnapshot(), m => Equals(m.Tags[PolicyTelemetry.RegionTag], region));
    }

    [Fact]
    public async Task A_batch_is_one_activity_holding_an_activity_per_evaluation_and_its_cases_are_counted()
    {
        const string region = "Telemetry-batch";
        var engine = EngineWith(region);
        var started = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == PolicyTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (started) started.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);
        using var batchCases = new MetricCollector<long>(null, PolicyTelemetry.Name, "bars.policy.batch.cases");

        var lines = Enumerable.Range(0, 5).Select(i => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(PolicyJson.Write(In(region, 40) with { CaseId = $"t-{i}" }))).ToArray();
        var answered = 0;
        await foreach (var _ in engine.EvaluateLines(lines.ToAsyncEnumerable())) answered++;

        Activity[] ours;
        lock (started) ours = started.Where(a => a.OperationName == "bars.policy.evaluate" && Equals(a.GetTagItem(PolicyTelemetry.RegionTag), region)).ToArray();
        Assert.Equal(5, answered);
        Assert.Equal(5, ours.Length);
        var batch = Assert.Single(ours.Select(a => a.Parent).Distinct());
        Assert.Equal("bars.policy.batch", batch!.OperationName);
        Assert.Equal(5L, batch.GetTagItem("bars.policy.batch.cases"));
        Assert.All(ours, a => Assert.Equal("Eligible", a.GetTagItem(PolicyTelemetry.OutcomeTag)));
        Assert.True(batchCases.GetMeasurementSnapshot().Sum(m => m.Value) >= 5);
    }

    [Fact]
    public void The_build_is_logged_with_its_time_rules_regions_and_policy()
    {
        var logs = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Debug));

        var engine = EngineWith("Telemetry-log", factory);

        var built = Assert.Single(logs.Collector.GetSnapshot(), r => r.Id.Id == 1);
        Assert.Equal(LogLevel.Information, built.Level);
        Assert.Contains(engine.Policy.Fingerprint, built.Message, StringComparison.Ordinal);
        Assert.Contains("Telemetry-log", built.Message, StringComparison.Ordinal);
        Assert.Equal(engine.Regions.Count, logs.Collector.GetSnapshot().Count(r => r.Id.Id == 4));
    }

    [Fact]
    public void A_host_rule_that_fails_is_logged_as_an_error_naming_the_rule_and_the_case()
    {
        var logs = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var engine = PolicyEngine.Create(o => { o.AddRegion(HostRules.Testland).AddRuleSet(typeof(DefectiveRules).Assembly); o.LoggerFactory = factory; });

        Assert.Throws<PolicyEvaluationException>(() => engine.Evaluate(Cases.In(Regions.Bryansk) with { CaseId = DefectiveRules.ActionCaseId }));

        var failed = Assert.Single(logs.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal(3, failed.Id.Id);
        Assert.Contains("Host.ThrowingAction", failed.Message, StringComparison.Ordinal);
        Assert.Contains(DefectiveRules.ActionCaseId, failed.Message, StringComparison.Ordinal);
        Assert.IsType<PolicyEvaluationException>(failed.Exception);
    }

    [Fact]
    public void A_region_that_falls_back_to_Rete_is_a_warning_naming_the_region_and_the_rule()
    {
        var logs = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));

        PolicyEngine.Create(o => { o.AddRuleSet(Sequential.FallbackTests.Emitted.Value); o.FallBackToRete = true; o.LoggerFactory = factory; });

        var warnings = logs.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, warnings.Length);
        Assert.Contains("Region Bryansk runs on Rete", warnings[0], StringComparison.Ordinal);
        Assert.Contains("Host.JoinedRule", warnings[0], StringComparison.Ordinal);
        Assert.Contains("Region Kursk runs on Rete", warnings[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_running_rules_from_their_expressions_says_which()
    {
        // Issue 24: the shipped rules run as C# compiled with the library; a host's rules are compiled at run time.
        var logs = new FakeLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        PolicyEngine.Create(o => { o.AddRegion(HostRules.Testland).AddRuleSet(typeof(HostRules).Assembly); o.LoggerFactory = factory; });

        var said = logs.Collector.GetSnapshot().Where(r => r.Id.Id == 5).ToArray();
        var testland = Assert.Single(said, r => r.Message.StartsWith($"Region {HostRules.Testland} ", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, testland.Level);
        Assert.Contains("Testland.ConvictsAreBarred", testland.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Payment.", testland.Message, StringComparison.Ordinal);

        logs.Collector.Clear();
        PolicyEngine.Create(o => o.LoggerFactory = factory);
        Assert.DoesNotContain(logs.Collector.GetSnapshot(), r => r.Id.Id == 5);
    }

    [Fact]
    public void AddBarsPolicy_logs_to_the_containers_logging()
    {
        var logs = new FakeLoggerProvider();
        var services = new ServiceCollection().AddLogging(b => b.AddProvider(logs)).AddBarsPolicy(o => o.AddRegion("Telemetry-di"));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<PolicyEngine>();

        Assert.Contains(logs.Collector.GetSnapshot(), r => r.Id.Id == 1 && r.Message.Contains("Telemetry-di", StringComparison.Ordinal));
    }
}
