using System.Diagnostics;
using System.Runtime.CompilerServices;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// The batch under faults and hostile input (issue 11): options out of range, a host rule that throws, long lines,
/// slow sources and sources that fail part-way. Nothing read is lost, nothing grows without bound, no batch dies
/// of one case.
/// </summary>
public sealed class BatchReliabilityTests
{
    private static readonly Lazy<PolicyEngine> WithFaultyRule = new(() =>
        PolicyEngine.Create(o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(FaultyHostRules).Assembly)));

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }

    // Every item at once, as a file in the page cache gives them: MoveNextAsync completes synchronously.
    private static async IAsyncEnumerable<T> Ready<T>(IEnumerable<T> items)
    {
        foreach (var item in items) yield return item;
        await Task.CompletedTask;
    }

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    private static string CaseLine(string caseId) => PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = caseId });

    // Finding 8.
    [Fact]
    public void Options_beyond_their_upper_bounds_are_refused_at_the_call_naming_the_option()
    {
        var none = Stream<PolicyCase?>([]);

        var workers = Assert.Throws<ArgumentOutOfRangeException>(() => TestEngine.Instance.EvaluateCases(none, new BatchOptions { MaxDegreeOfParallelism = 1 << 30 }));
        Assert.Equal(nameof(BatchOptions.MaxDegreeOfParallelism), workers.ParamName);
        Assert.Equal(nameof(BatchOptions.MaxDegreeOfParallelism), Assert.Throws<ArgumentOutOfRangeException>(
            () => TestEngine.Instance.EvaluateCases(none, new BatchOptions { MaxDegreeOfParallelism = BatchOptions.ParallelismLimit + 1 })).ParamName);
        Assert.Equal(nameof(BatchOptions.BufferSize), Assert.Throws<ArgumentOutOfRangeException>(
            () => TestEngine.Instance.EvaluateCases(none, new BatchOptions { BufferSize = int.MaxValue })).ParamName);
        Assert.Equal(nameof(BatchOptions.MaxBytesInFlight), Assert.Throws<ArgumentOutOfRangeException>(
            () => TestEngine.Instance.EvaluateLines(Stream<string>([]), new BatchOptions { MaxBytesInFlight = 0 })).ParamName);
    }

    [Fact]
    public async Task The_largest_options_allowed_run_a_batch()
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = BatchOptions.ParallelismLimit, BufferSize = BatchOptions.BufferSizeLimit };
        var cases = Enumerable.Range(0, 50).Select(i => (PolicyCase?)(Cases.In(Regions.Bryansk) with { CaseId = $"big-{i}" }));

        var results = await All(TestEngine.Instance.EvaluateCases(Ready(cases), options));

        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"big-{i}"), results.Select(r => r.Decision.CaseId));
    }

    // Finding 11: every batch entry answers the faulty case with an error and goes on.
    [Fact]
    public async Task A_case_whose_host_rule_throws_is_answered_with_an_error_by_every_batch_entry_and_the_batch_goes_on()
    {
        var engine = WithFaultyRule.Value;
        string[] ids = ["ok-0", FaultyHostRules.CaseId, "ok-2"];
        var cases = ids.Select(id => (PolicyCase?)(Cases.In(Regions.Bryansk) with { CaseId = id })).ToArray();
        var lines = ids.Select(CaseLine).ToArray();
        Assert.ThrowsAny<Exception>(() => engine.Evaluate(cases[1]!));

        List<PolicyDecision>[] answers =
        [
            (await All(engine.EvaluateCases(Stream(cases)))).Select(r => r.Decision).ToList(),
            await All(engine.EvaluateCases(Stream(cases), r => r.Decision)),
            (await All(engine.EvaluateLines(Stream(lines)))).Select(r => r.Decision).ToList(),
            await All(engine.EvaluateLines(Stream(lines), r => r.Decision)),
        ];

        foreach (var decisions in answers)
        {
            Assert.Equal(ids, decisions.Select(d => d.CaseId));
            Assert.True(decisions[0].IsValid);
            Assert.True(decisions[2].IsValid);
            var faulty = decisions[1];
            Assert.False(faulty.IsValid);
            Assert.Equal(Regions.Bryansk, faulty.Region);
            Assert.Null(faulty.Enlistment);
            var error = Assert.Single(faulty.Errors);
            Assert.Equal("$", error.Path);
            Assert.StartsWith("the policy could not be evaluated for this case: ", error.Message, StringComparison.Ordinal);
            Assert.Contains(FaultyHostRules.Message, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_clash_of_two_rules_is_answered_with_an_error_naming_both_and_the_batch_goes_on()
    {
        var engine = WithFaultyRule.Value;
        var clash = Cases.In(Regions.Bryansk, contract: Cases.Contract(months: 12)) with { CaseId = ClashRules.CaseId };
        PolicyCase?[] cases = [clash with { CaseId = "before" }, clash, clash with { CaseId = "after" }];

        var decisions = (await All(engine.EvaluateCases(Ready(cases)))).Select(r => r.Decision).ToList();

        Assert.Equal(["before", ClashRules.CaseId, "after"], decisions.Select(d => d.CaseId));
        Assert.True(decisions[0].IsValid && decisions[2].IsValid);
        var message = Assert.Single(decisions[1].Errors).Message;
        Assert.Contains("'Host.ClashingOneTimePayment'", message, StringComparison.Ordinal);
        Assert.Contains("'Payment.OneTimePaymentAnnualContract'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exception_of_the_callers_map_still_ends_the_batch_even_with_a_faulty_rule_about()
    {
        var lines = Enumerable.Range(0, 40).Select(i => CaseLine(i == 3 ? FaultyHostRules.CaseId : $"m-{i}")).ToArray();
        var answers = WithFaultyRule.Value.EvaluateLines(Stream(lines), r => r.Index == 20 ? throw new FormatException("map failed") : r.Index);

        Assert.Equal("map failed", (await Assert.ThrowsAsync<FormatException>(() => All(answers))).Message);
    }

    // Finding 12: lines in flight are bounded by bytes, not only by count.
    [Fact]
    public async Task Long_lines_read_ahead_are_bounded_by_the_byte_budget()
    {
        const int lineChars = 64 * 1024; // 64 KiB of UTF-8
        const long budget = 1024 * 1024; // 16 such lines
        var produced = 0;
        async IAsyncEnumerable<string> Long()
        {
            for (var i = 0; i < 200; i++)
            {
                Interlocked.Increment(ref produced);
                yield return "{\"caseId\":\"long-" + i + "\"}" + new string(' ', lineChars);
            }

            await Task.CompletedTask;
        }

        var read = 0;
        var options = new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = 1024, MaxBytesInFlight = budget };
        await foreach (var r in TestEngine.Instance.EvaluateLines(Long(), options))
        {
            Assert.Equal(read, r.Index);
            if (++read == 1)
            {
                // The workers go on while the reader waits: give them time to read as far ahead as they may.
                await Task.Delay(500);
                Assert.InRange(Volatile.Read(ref produced) - read, 0, (int)(budget / lineChars) + 2);
            }
        }

        Assert.Equal(200, read);
    }

    [Fact]
    public async Task A_line_larger_than_the_byte_budget_is_answered_alone_in_its_turn()
    {
        var lines = new[] { CaseLine("s-0"), CaseLine("s-1") + new string(' ', 100_000), CaseLine("s-2"), CaseLine("s-3") + new string(' ', 50_000) };

        var results = await All(TestEngine.Instance.EvaluateLines(Ready(lines), new BatchOptions { MaxBytesInFlight = 1000 }));

        Assert.Equal(["s-0", "s-1", "s-2", "s-3"], results.Select(r => r.Decision.CaseId));
        Assert.All(results, r => Assert.True(r.Decision.IsValid));
    }

    // Finding 18: an answer comes out as soon as it and every answer before it are ready, whatever the chunking.
    [Fact]
    public async Task Answers_of_a_slow_source_are_yielded_before_the_source_ends()
    {
        var clock = Stopwatch.StartNew();
        TimeSpan? lastProduced = null;
        async IAsyncEnumerable<string> Slow()
        {
            for (var i = 0; i < 5; i++)
            {
                if (i > 0) await Task.Delay(200);
                if (i == 4) lastProduced = clock.Elapsed;
                yield return CaseLine($"slow-{i}");
            }
        }

        TimeSpan? firstAnswered = null;
        var ids = new List<string?>();
        await foreach (var r in TestEngine.Instance.EvaluateLines(Slow(), new BatchOptions { MaxDegreeOfParallelism = 2 }))
        {
            firstAnswered ??= clock.Elapsed;
            ids.Add(r.Decision.CaseId);
        }

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"slow-{i}"), ids);
        Assert.True(firstAnswered < lastProduced, $"the first answer came at {firstAnswered}, after the last line was read at {lastProduced}");
    }

    // Finding 21: a source that fails part-way: every item read is answered, then its exception surfaces.
    [Theory]
    [InlineData(100, 1)]
    [InlineData(5000, 2)]
    [InlineData(1000, 8)]
    public async Task A_source_that_throws_has_every_item_read_answered_before_its_exception(int failAt, int workers)
    {
        async IAsyncEnumerable<PolicyCase?> Failing()
        {
            var template = Cases.In(Regions.Bryansk);
            for (var i = 0; i < failAt; i++) yield return template with { CaseId = $"f-{i}" };
            await Task.CompletedTask;
            throw new IOException("the source broke");
        }

        var results = new List<BatchResult>();
        var thrown = await Assert.ThrowsAsync<IOException>(async () =>
        {
            await foreach (var r in TestEngine.Instance.EvaluateCases(Failing(), new BatchOptions { MaxDegreeOfParallelism = workers })) results.Add(r);
        });

        Assert.Equal("the source broke", thrown.Message);
        Assert.Equal(failAt, results.Count);
        Assert.Equal(Enumerable.Range(0, failAt).Select(i => $"f-{i}"), results.Select(r => r.Decision.CaseId));
    }
}
