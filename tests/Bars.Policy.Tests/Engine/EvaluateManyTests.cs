using Bars.Policy.Cli;
using System.Runtime.CompilerServices;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Engine;

/// <summary>EvaluateMany: one answer per input, in input order, bad inputs answered with errors, cancellable.</summary>
public sealed class EvaluateManyTests
{
    // Valid cases with an invalid one (unknown region) every 7th and a null every 11th.
    private static PolicyCase?[] Mixed(int count)
    {
        var valid = SyntheticCases.Valid(count, seed: 3);
        return valid.Select((c, i) => i % 11 == 5 ? null : i % 7 == 3 ? c with { Region = "Moscow", CaseId = $"bad-{i}" } : c with { CaseId = $"ok-{i}" }).ToArray();
    }

    private static async IAsyncEnumerable<T> Stream<T>(IEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancel = default)
    {
        foreach (var item in items)
        {
            cancel.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return item;
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public async Task Every_input_gets_exactly_one_answer_in_input_order(int workers)
    {
        var cases = Mixed(3000);
        var results = new List<BatchResult>();
        await foreach (var r in TestEngine.Instance.EvaluateCases(Stream(cases), new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 64 }))
        {
            results.Add(r);
        }

        Assert.Equal(cases.Length, results.Count);
        for (var i = 0; i < cases.Length; i++)
        {
            Assert.Equal(i, results[i].Index);
            var d = results[i].Decision;
            if (cases[i] is null)
            {
                Assert.False(d.IsValid);
                Assert.Equal("$", Assert.Single(d.Errors).Path);
            }
            else
            {
                Assert.Equal(cases[i]!.CaseId, d.CaseId);
                Assert.Equal(cases[i]!.Region != "Moscow", d.IsValid);
            }
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public async Task Parallel_results_equal_sequential_ones(int workers)
    {
        var cases = SyntheticCases.Valid(2000, seed: 11);
        var sequential = cases.Select(c => PolicyJson.Write(TestEngine.Evaluate(c))).ToArray();
        var parallel = new List<string>();
        await foreach (var r in TestEngine.Instance.EvaluateCases(Stream<PolicyCase?>(cases), new BatchOptions { MaxDegreeOfParallelism = workers }))
        {
            parallel.Add(PolicyJson.Write(r.Decision));
        }

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public async Task Cancelling_stops_promptly_and_keeps_every_answer_already_produced()
    {
        // An endless source: only cancellation can end this batch.
        static async IAsyncEnumerable<PolicyCase?> Endless([EnumeratorCancellation] CancellationToken cancel = default)
        {
            var template = Cases.In(Regions.Bryansk);
            for (var i = 0L; ; i++)
            {
                cancel.ThrowIfCancellationRequested();
                await Task.Yield();
                yield return template with { CaseId = $"c-{i}" };
            }
        }

        using var cancel = new CancellationTokenSource();
        var received = new List<BatchResult>();
        var stopped = await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var r in TestEngine.Instance.EvaluateCases(Endless(), new BatchOptions { MaxDegreeOfParallelism = 2, BufferSize = 32 }, cancel.Token))
            {
                received.Add(r);
                if (received.Count == 500) await cancel.CancelAsync();
            }
        });

        Assert.NotNull(stopped);

        // Promptly: no more than the buffer's worth of answers after the request to stop.
        Assert.InRange(received.Count, 500, 500 + 32 + 64);
        for (var i = 0; i < received.Count; i++)
        {
            Assert.Equal(i, received[i].Index);
            Assert.Equal($"c-{i}", received[i].Decision.CaseId);
        }
    }

    [Fact]
    public void Options_out_of_range_are_programming_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TestEngine.Instance.EvaluateCases(Stream<PolicyCase?>([]), new BatchOptions { MaxDegreeOfParallelism = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => TestEngine.Instance.EvaluateCases(Stream<PolicyCase?>([]), new BatchOptions { BufferSize = 0 }));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public async Task EvaluateManyJson_answers_every_line_in_order_bad_lines_with_their_errors(int workers)
    {
        var lines = SyntheticCases.Valid(500, seed: 8).Select((c, i) => i % 50 == 7 ? "{\"caseId\":\"broken-" + i + "\"," : i % 50 == 9 ? "" : PolicyJson.Write(c)).ToArray();
        var results = new List<BatchResult>();
        await foreach (var r in TestEngine.Instance.EvaluateLines(Stream(lines), new BatchOptions { MaxDegreeOfParallelism = workers, BufferSize = 40 }))
        {
            results.Add(r);
        }

        Assert.Equal(lines.Length, results.Count);
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.Equal(i, results[i].Index);
            var d = results[i].Decision;
            switch (i % 50)
            {
                case 7:
                    Assert.False(d.IsValid);
                    Assert.Equal($"broken-{i}", d.CaseId);
                    break;
                case 9:
                    Assert.Contains("is empty", Assert.Single(d.Errors).Message);
                    break;
                default:
                    Assert.Equal(PolicyJson.Write(TestEngine.Instance.EvaluateJson(lines[i])), PolicyJson.Write(d));
                    break;
            }
        }
    }
}
