using System.Text;
using Bars.Policy.Cli;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Cli;

/// <summary>A signal stops a batch whose standard input has gone silent (a pipe whose read ignores cancellation).</summary>
public sealed class SilentInputInterruptionTests
{
    [Fact]
    public async Task A_signal_while_the_input_is_silent_stops_the_batch_promptly_with_its_answers_written()
    {
        var lines = string.Concat(Enumerable.Range(1, 3).Select(i => PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = $"quiet-{i}" }) + "\n"));
        using var interruption = new Interruption();
        var lineCount = 0;
        using var stdout = new Stdout(_ => Interlocked.Increment(ref lineCount));
        using var stderr = new StringWriter();
        using var stdin = new ThenSilent(Encoding.UTF8.GetBytes(lines));

        var run = Task.Run(() => new CliApp(stdin, stdout, stderr, TestEngine.Instance, interruption).Run(["batch", "-"]));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (Volatile.Read(ref lineCount) < 3 && clock.Elapsed < TimeSpan.FromSeconds(30)) await Task.Delay(10);
        Assert.Equal(3, Volatile.Read(ref lineCount));

        interruption.Interrupt();

        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(finished == run, "the batch kept waiting for input after the signal");
        Assert.Equal(ExitCodes.Interrupted, await run);
        Assert.Contains("interrupted after 3 cases", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, stderr.ToString(), StringComparison.Ordinal);
    }

    // Gives its bytes, then never answers a read again, whatever the token says (as a silent pipe).
    private sealed class ThenSilent(byte[] bytes) : ReadOnlyInputStream
    {
        private readonly TaskCompletionSource<int> never = new();
        private int given;

        public override int Read(Span<byte> buffer)
        {
            if (given == bytes.Length) return never.Task.GetAwaiter().GetResult();
            var n = Math.Min(buffer.Length, bytes.Length - given);
            bytes.AsSpan(given, n).CopyTo(buffer);
            given += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            given == bytes.Length ? new ValueTask<int>(never.Task) : new ValueTask<int>(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
