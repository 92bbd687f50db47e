using System.Runtime.CompilerServices;
using System.Text;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>
/// The public batch entries that map each result inside the workers (<c>EvaluateMany&lt;T&gt;</c>,
/// <c>EvaluateManyJson&lt;T&gt;</c>), the one over the caller's own reads, and <c>EvaluateJson</c> over UTF-8.
/// </summary>
public sealed class BatchMappingTests
{
    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }

    private static async Task<List<T>> All<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items) list.Add(item);
        return list;
    }

    // Valid lines, a broken one every 50th (its caseId before the break) and an empty one every 50th.
    private static string[] MixedLines(int count) => SyntheticCases.Valid(count, seed: 21)
        .Select((c, i) => i % 50 == 7 ? "{\"caseId\":\"broken-" + i + "\"," : i % 50 == 9 ? "" : PolicyJson.Write(c))
        .ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public async Task EvaluateManyJson_with_a_map_gives_one_output_per_line_in_input_order_equal_to_EvaluateJson(int workers)
    {
        var lines = MixedLines(600);

        var outputs = await All(TestEngine.Instance.EvaluateLines(
            Stream(lines),
            r => (r.Index, Json: PolicyJson.Write(r.Decision)),
            new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 40 }));

        Assert.Equal(lines.Length, outputs.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal(i, outputs[i].Index);
            var expected = lines[i].Length == 0
                ? PolicyJson.Write(PolicyDecision.Invalid(null, null, null, [new ValidationError("$", $"line {i + 1} is empty: expected a case object.")]))
                : PolicyJson.Write(LineReading.NameLine(TestEngine.Instance.EvaluateJson(lines[i]), i + 1)); // issue 25: errors name their line
            Assert.Equal(expected, outputs[i].Json);
        }
    }

    [Fact]
    public async Task An_unreadable_line_keeps_its_own_errors_and_caseId()
    {
        string[] lines = [CaseJsonLine("ok-0"), "{\"caseId\":\"broken-1\",\"region\":", CaseJsonLine("ok-2").TrimEnd('}') + ",\"shoeSize\":44}", "   "];

        var decisions = await All(TestEngine.Instance.EvaluateLines(Stream(lines), r => r.Decision, null));

        Assert.True(decisions[0].IsValid);
        var broken = PolicyJson.ReadCase(lines[1]);
        Assert.Equal("broken-1", decisions[1].CaseId);
        Assert.Equal(LineReading.NameLine(PolicyDecision.Invalid(broken.CaseId, null, null, broken.Errors), 2).Errors, decisions[1].Errors);
        Assert.Equal("ok-2", decisions[2].CaseId);
        Assert.Contains(decisions[2].Errors, e => e.Path == "shoeSize");
        Assert.Equal("line 4 is empty: expected a case object.", Assert.Single(decisions[3].Errors).Message);
    }

    [Fact]
    public async Task The_map_runs_in_the_workers_several_at_once()
    {
        // Two calls of the map meet at a barrier: that can only happen if two workers run it at the same time.
        using var barrier = new Barrier(2);
        var lines = Enumerable.Range(0, 8).Select(i => CaseJsonLine($"w-{i}")).ToArray();

        var outputs = await All(TestEngine.Instance.EvaluateLines(
            Stream(lines),
            r => r.Index < 2 ? barrier.SignalAndWait(TimeSpan.FromSeconds(30)) : true,
            new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = 8 }));

        Assert.Equal(8, outputs.Count);
        Assert.All(outputs, met => Assert.True(met, "the map of the first two lines did not run at the same time"));
    }

    [Fact]
    public async Task The_map_runs_ahead_of_the_reader_but_no_further_than_the_buffer()
    {
        const int buffer = 64;
        var pulled = 0;
        var mapped = 0;
        async IAsyncEnumerable<string> Counted()
        {
            foreach (var line in SyntheticCases.Valid(2000, seed: 4).Select(c => PolicyJson.Write(c)))
            {
                Interlocked.Increment(ref pulled);
                await Task.Yield();
                yield return line;
            }
        }

        var answers = TestEngine.Instance.EvaluateLines(Counted(), r => Interlocked.Increment(ref mapped), new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = buffer });
        var read = 0;
        await foreach (var _ in answers)
        {
            if (++read == 10)
            {
                // The workers go on mapping while the reader waits, up to the buffer's worth of lines.
                var deadline = DateTime.UtcNow.AddSeconds(30);
                while (Volatile.Read(ref mapped) < buffer && DateTime.UtcNow < deadline) await Task.Delay(20);
                await Task.Delay(200);
                Assert.True(Volatile.Read(ref mapped) > read, "the map did not run ahead of the reader");
                Assert.InRange(Volatile.Read(ref pulled) - read, 0, 2 * buffer);
            }
        }

        Assert.Equal(2000, read);
        Assert.Equal(2000, mapped);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task EvaluateMany_with_a_map_gives_one_output_per_case_in_input_order(int workers)
    {
        PolicyCase?[] cases = [.. SyntheticCases.Valid(500, seed: 6).Select((c, i) => i % 13 == 2 ? null : c)];

        var outputs = await All(TestEngine.Instance.EvaluateCases(Stream(cases), r => (r.Index, r.Decision), new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 32 }));

        Assert.Equal(cases.Length, outputs.Count);
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.Equal(i, outputs[i].Index);
            if (cases[i] is { } c) Assert.Equal(PolicyJson.Write(TestEngine.Evaluate(c)), PolicyJson.Write(outputs[i].Decision));
            else Assert.Equal("is null: expected a case.", Assert.Single(outputs[i].Decision.Errors).Message);
        }
    }

    [Fact]
    public async Task An_exception_in_the_map_ends_the_batch_and_reaches_the_reader()
    {
        var lines = Enumerable.Range(0, 100).Select(i => CaseJsonLine($"x-{i}")).ToArray();
        var answers = TestEngine.Instance.EvaluateLines(Stream(lines), r => r.Index == 50 ? throw new InvalidOperationException("map failed") : r.Index, new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = 16 });

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => All(answers));
        Assert.Equal("map failed", thrown.Message);
    }

    [Fact]
    public async Task A_mapped_batch_stops_when_cancelled()
    {
        using var cancel = new CancellationTokenSource();
        var lines = Enumerable.Range(0, 100_000).Select(i => CaseJsonLine($"c-{i}"));
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in TestEngine.Instance.EvaluateLines(Stream(lines), r => r.Index, new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = 32 }, cancel.Token))
            {
                if (++received == 100) await cancel.CancelAsync();
            }
        });

        Assert.InRange(received, 100, 100 + 32 + 64);
    }

    [Fact]
    public void Mapped_entries_check_their_arguments_at_the_call()
    {
        var engine = TestEngine.Instance;
        Assert.Throws<ArgumentNullException>(() => engine.EvaluateLines<int>(Stream<string>([]), null!, null));
        Assert.Throws<ArgumentNullException>(() => engine.EvaluateCases<int>(Stream<PolicyCase?>([]), null!, null));
        Assert.Throws<ArgumentNullException>(() => engine.EvaluateMany<int>(null!, r => 0));
        Assert.Throws<ArgumentNullException>(() => BatchInput.Cases(null!));
        Assert.Throws<ArgumentNullException>(() => BatchInput.JsonLines((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => engine.EvaluateLines((IAsyncEnumerable<string>)null!, r => r.Index, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.EvaluateLines(Stream<string>([]), r => r.Index, new BatchOptions { BufferSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.EvaluateCases(Stream<PolicyCase?>([]), r => r.Index, new BatchOptions { MaxDegreeOfParallelism = 0 }));
    }

    [Fact]
    public void EvaluateJson_over_UTF8_answers_as_EvaluateJson_over_text()
    {
        string[] documents =
        [
            CaseJsonLine("u-0"),
            "\uFEFF" + CaseJsonLine("u-1"),
            "{\"caseId\":\"u-2\",",
            CaseJsonLine("u-3").Replace("Bryansk", "Atlantis", StringComparison.Ordinal),
            "null",
        ];

        foreach (var json in documents)
        {
            Assert.Equal(PolicyJson.Write(TestEngine.Instance.EvaluateJson(json)), PolicyJson.Write(TestEngine.Instance.EvaluateJson(Encoding.UTF8.GetBytes(json))));
        }
    }

    private static string CaseJsonLine(string caseId) => PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = caseId });
}
