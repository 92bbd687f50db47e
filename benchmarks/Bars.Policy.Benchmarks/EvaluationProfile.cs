using System.Diagnostics;
using Bars.Policy.Engine;
using Bars.Policy.Engine.Sequential;
using Bars.Policy.Rules.Facts;

namespace Bars.Policy.Benchmarks;

/// <summary>
/// Where one sequential evaluation's time and bytes go, step by step: reading the case into facts, the sheet and the
/// plan's run (insert, fire), the decision, and its JSON. Bytes are exact (this thread's allocations over many
/// cases); times are a Stopwatch over the same loop, indicative only. Run: <c>-- --profile [rounds]</c>.
/// </summary>
internal static class EvaluationProfile
{
    public const string Switch = "--profile";

    public static int Run(int rounds)
    {
        // Delegates compiled at once: the plan's step below runs the plan directly, and a tiered plan counts only the
        // cases Evaluate runs, so that step would measure the interpreted tier.
        var engine = PolicyEngine.Create(new PolicyEngineOptions { Execution = PolicyExecution.Sequential, CompileDelegatesAtOnce = true });
        var cases = SyntheticCases.Valid(1000, seed: 2024).ToArray();
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        using var json = new System.Text.Json.Utf8JsonWriter(buffer);

        var lines = cases.ToDictionary(c => c, c => System.Text.Encoding.UTF8.GetBytes(PolicyJson.Write(c)));
        var steps = new (string Name, Action<PolicyCase> Step)[]
        {
            ("read the case's JSON (UTF-8)", c => PolicyJson.ReadCase(lines[c])),
            ("read the case into facts", c => Read(engine, c)),
            ("+ sheet, insert, fire", c => Run(engine, c)),
            ("+ the decision (Evaluate)", c => engine.Evaluate(c)),
            ("+ its JSON (Utf8JsonWriter)", c =>
            {
                PolicyJson.Write(json, engine.Evaluate(c));
                json.Flush();
                json.Reset();
                buffer.ResetWrittenCount();
            }),
        };

        Console.WriteLine($"{"step",-30} {"ns/case",10} {"bytes/case",11}");
        foreach (var (name, step) in steps)
        {
            for (var i = 0; i < 3; i++) foreach (var c in cases) step(c); // warm up: tiering
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            for (var r = 0; r < rounds; r++) foreach (var c in cases) step(c);
            clock.Stop();
            var n = (double)rounds * cases.Length;
            Console.WriteLine($"{name,-30} {clock.Elapsed.TotalNanoseconds / n,10:F0} {(GC.GetAllocatedBytesForCurrentThread() - bytes) / n,11:F0}");
        }

        // Which types the bytes are: the runtime's allocation ticks (one per ~100 KB allocated) over many evaluations.
        using (var ticks = new AllocationTicks())
        {
            for (var r = 0; r < rounds; r++) foreach (var c in cases) engine.Evaluate(c);
            Console.WriteLine("allocated by type (share of sampled bytes, Evaluate):");
            foreach (var (type, share) in ticks.Shares().Take(25)) Console.WriteLine($"  {share,6:P1}  {type}");
        }

        var decisions = cases.Select(engine.Evaluate).ToArray();
        var findings = decisions.SelectMany(AllFindings).ToArray();
        Console.WriteLine($"per decision: {findings.Length / (double)cases.Length:F1} findings, text {findings.Sum(f => f.Text.Length) / (double)cases.Length:F0} chars, {findings.Count(f => f.Claims.Count > 1) / (double)cases.Length:F1} with several claims");
        return 0;
    }

    private static IEnumerable<Finding> AllFindings(PolicyDecision d) =>
        d.Enlistment!.Findings.Concat(d.Entitlements.SelectMany(e => e.Findings)).Concat(d.Obligations.SelectMany(o => o.Findings)).Concat(d.Service!.Findings);

    private static CaseFacts Read(PolicyEngine engine, PolicyCase c) =>
        CaseReader.Read(c, r => engine.Regions.Contains(r) ? engine.ParametersOf(r) : null, engine.Regions, out _)!;

    private static DecisionSheet Run(PolicyEngine engine, PolicyCase c)
    {
        var facts = Read(engine, c);
        var sheet = DecisionSheet.Rent(facts);
        var run = SequentialSession.Rent(engine.PlanOf(facts.Region)!, sheet);
        run.Insert(facts);
        run.Fire();
        SequentialSession.Return(run);
        DecisionSheet.Return(sheet);
        return sheet;
    }

    private sealed class AllocationTicks : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, long> bytes = [];

        public IEnumerable<(string Type, double Share)> Shares()
        {
            lock (bytes)
            {
                var total = (double)bytes.Values.Sum();
                return bytes.OrderByDescending(b => b.Value).Select(b => (b.Key, b.Value / total)).ToArray();
            }
        }

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
            var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
            var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a]) : 100_000;
            lock (bytes) bytes[type] = bytes.GetValueOrDefault(type) + amount;
        }
    }
}
