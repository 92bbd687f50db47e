using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Bars.Policy.WebHost.Tests.Support;
using Xunit.Abstractions;

namespace Bars.Policy.WebHost.Tests;

/// <summary>Runs alone: the soak test measures the whole process's memory.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoakCollection
{
    public const string Name = "Soak";
}

/// <summary>
/// Soak checks (issue 11, proof; issue 25: the hostile load). The first: the host on a real Kestrel port on 127.0.0.1 under bounded concurrent load —
/// clients × requests, each a batch of valid cases — then its memory must come back near where it started. The
/// normal run is small (about ten seconds); with <c>BARS_PROPERTY_TESTS</c> set, the deep run is larger;
/// <c>BARS_SOAK_LOAD</c> (clients x requests x lines) sizes a run by hand. The figures are written to the test output.
/// </summary>
[Collection(SoakCollection.Name)]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public async Task Memory_returns_near_its_baseline_after_bounded_concurrent_load_on_loopback()
    {
        var deep = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BARS_PROPERTY_TESTS"));
        var (clients, requests, lines) = Load() ?? (deep ? (16, 4, 8000) : (8, 2, 2000));

        // Every batch waits its turn rather than being refused, so every request is answered in full.
        var (host, client) = Loopback.Start(("Decisions:MaxQueuedBatches", "64"), ("Decisions:MaxBatchLines", $"{lines}"));
        using var _ = host;
        using var __ = client;
        var body = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, lines).Select(i => Http.CaseLine($"soak-{i}"))) + "\n");
        Assert.Equal(3, await AnswerAsync(client, Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, 3).Select(i => Http.CaseLine($"warm-{i}"))))));

        var baseline = Settled();
        var baselineWorkingSet = Environment.WorkingSet;
        long peakHeap = 0, peakWorkingSet = 0;
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                await Task.Delay(20);
            }
        });

        var clock = Stopwatch.StartNew();
        var answered = await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            var counts = new List<long>();
            for (var r = 0; r < requests; r++) counts.Add(await AnswerAsync(client, body));
            return counts;
        }));
        clock.Stop();
        await stop.CancelAsync();
        await sampler;

        var after = Settled();
        var afterWorkingSet = Environment.WorkingSet;
        output.WriteLine($"{clients} clients x {requests} batches of {lines} lines ({body.Length / (double)MiB:F1} MiB each) in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"managed heap: baseline {baseline / (double)MiB:F0} MiB, peak {peakHeap / (double)MiB:F0} MiB, after {after / (double)MiB:F0} MiB");
        output.WriteLine($"working set: baseline {baselineWorkingSet / (double)MiB:F0} MiB, peak {peakWorkingSet / (double)MiB:F0} MiB, after {afterWorkingSet / (double)MiB:F0} MiB");

        Assert.All(answered.SelectMany(c => c), n => Assert.Equal(lines, n));
        Assert.True(after - baseline < 64 * MiB, $"the heap held {(after - baseline) / (double)MiB:F0} MiB more after the load than before");
    }

    /// <summary>
    /// Issue 25: the hostile load, at once and each part bounded in count and time — slow clients (a batch a line at
    /// a time, above Kestrel's minimum rate), big error documents (single cases and batch lines of thousands of wrong
    /// injuries, within the host's limits), and clients that send a whole batch and go away mid-answer — then the host
    /// still answers and its memory comes back near where it started.
    /// </summary>
    [Fact]
    public async Task Memory_returns_near_its_baseline_after_slow_clients_big_error_documents_and_clients_that_disconnect_mid_answer()
    {
        var scale = string.IsNullOrEmpty(Environment.GetEnvironmentVariable("BARS_PROPERTY_TESTS")) ? 1 : 4;
        var (slowClients, slowLines, errorClients, disconnects) = (6 * scale, 8, 4 * scale, 6 * scale);

        // Every request waits its turn rather than being refused, so every answer can be checked.
        var (host, client) = Loopback.Start(("Decisions:MaxQueuedBatches", "64"), ("Decisions:MaxQueuedCases", "64"));
        using var _ = host;
        using var __ = client;
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(3)); // only so a broken host cannot hang the run
        var stop = bound.Token;
        var server = client.BaseAddress!;

        // 50,000 errors in one case of about 100 KB (the host takes up to 1 MiB); 5,000 in each of a batch's 100 lines.
        var errorCase = SoakClients.CaseWithWrongInjuries("errors", 50_000);
        var errorBatch = string.Join('\n', Enumerable.Range(0, 100).Select(i => SoakClients.CaseWithWrongInjuries($"error-line-{i}", 5_000))) + "\n";
        var goneBatch = Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, 4_000).Select(i => Http.CaseLine($"gone-{i}"))) + "\n");
        HttpContent ErrorBatch() => new StringContent(errorBatch, Encoding.UTF8, "application/x-ndjson");

        // Each path once, so that what it keeps for good (compiled code, pools) is in the baseline.
        await SoakClients.PostErrorCaseAsync(client, errorCase, stop);
        Assert.Equal(100, await SoakClients.PostBatchAsync(client, ErrorBatch(), stop));
        Assert.Equal(2, await SoakClients.PostBatchAsync(client, new SoakClients.SlowLines([Http.CaseLine("warm-0"), Http.CaseLine("warm-1")], TimeSpan.FromMilliseconds(10)), stop));
        await SoakClients.DisconnectMidAnswerAsync(server, goneBatch, "gone-0", stop);

        var baseline = Settled();
        var baselineWorkingSet = Environment.WorkingSet;
        long peakHeap = 0, peakWorkingSet = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                await Task.Delay(20);
            }
        });

        var clock = Stopwatch.StartNew();
        var slow = Task.WhenAll(Enumerable.Range(0, slowClients).Select(c => SoakClients.PostBatchAsync(
            client, new SoakClients.SlowLines(Enumerable.Range(0, slowLines).Select(i => Http.CaseLine($"slow-{c}-{i}")), TimeSpan.FromMilliseconds(250)), stop)));
        var errors = Task.WhenAll(Enumerable.Range(0, errorClients).Select(async _ =>
        {
            var problems = new List<long>();
            for (var i = 0; i < 3; i++) problems.Add(await SoakClients.PostErrorCaseAsync(client, errorCase, stop));
            return (Problems: problems, Lines: await SoakClients.PostBatchAsync(client, ErrorBatch(), stop));
        }));
        var gone = Task.WhenAll(Enumerable.Range(0, disconnects).Select(_ => SoakClients.DisconnectMidAnswerAsync(server, goneBatch, "gone-0", stop)));
        await Task.WhenAll(slow, errors, gone).WaitAsync(stop);
        clock.Stop();

        // The host still answers, and lets go of what the load held once it has ended every request.
        Assert.Equal(1, await SoakClients.PostBatchAsync(client, new StringContent(Http.CaseLine("after") + "\n", Encoding.UTF8, "application/x-ndjson"), stop));
        var after = Settled();
        for (var wait = 0; wait < 40 && after - baseline >= 64 * MiB; wait++)
        {
            await Task.Delay(250, stop); // a connection cut mid-answer is ended by the host's next write
            after = Settled();
        }

        await sampling.CancelAsync();
        await sampler;
        var afterWorkingSet = Environment.WorkingSet;
        output.WriteLine($"{slowClients} slow clients x {slowLines} lines, {errorClients} clients x (3 cases of 50,000 errors + a batch of 100 lines of 5,000), {disconnects} clients gone mid-answer of {goneBatch.Length / (double)MiB:F1} MiB, in {clock.Elapsed.TotalSeconds:F1} s");
        output.WriteLine($"managed heap: baseline {baseline / (double)MiB:F0} MiB, peak {peakHeap / (double)MiB:F0} MiB, after {after / (double)MiB:F0} MiB");
        output.WriteLine($"working set: baseline {baselineWorkingSet / (double)MiB:F0} MiB, peak {peakWorkingSet / (double)MiB:F0} MiB, after {afterWorkingSet / (double)MiB:F0} MiB");

        Assert.All(await slow, n => Assert.Equal(slowLines, n));
        Assert.All(await errors, e =>
        {
            Assert.Equal(100, e.Lines);
            Assert.All(e.Problems, size => Assert.InRange(size, 1, 64 * 1024)); // the first 100 errors and a count, not 50,000
        });
        Assert.True(after - baseline < 64 * MiB, $"the heap held {(after - baseline) / (double)MiB:F0} MiB more after the load than before");
    }

    // BARS_SOAK_LOAD=clients x requests x lines (e.g. 16x1x20000) sizes a measuring run by hand.
    private static (int, int, int)? Load() =>
        Environment.GetEnvironmentVariable("BARS_SOAK_LOAD")?.Split('x') is [var c, var r, var l] ? (int.Parse(c), int.Parse(r), int.Parse(l)) : null;

    // The managed heap once everything unreachable is collected.
    private static long Settled()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // Posts one batch and counts the answer's lines as they stream, without holding the answer.
    private static async Task<long> AnswerAsync(HttpClient client, byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/decisions/batch") { Content = content };
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[64 * 1024];
        long count = 0;
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0) count += buffer.AsSpan(0, n).Count((byte)'\n');
        return count;
    }
}
