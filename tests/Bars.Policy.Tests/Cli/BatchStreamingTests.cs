using System.Diagnostics;
using System.Text;
using Bars.Policy.Cli;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Cli;

/// <summary>Issue 11, finding 18: an answer is written as soon as it and every answer before it are ready.</summary>
public sealed class BatchStreamingTests
{
    [Fact]
    public void Lines_given_slowly_on_standard_input_are_answered_as_they_come_not_at_the_end()
    {
        var lines = Enumerable.Range(1, 3).Select(i => PolicyJson.Write(Cases.In(Regions.Bryansk) with { CaseId = $"slow-{i}" }) + "\n").ToArray();
        var clock = Stopwatch.StartNew();
        using var input = new SlowLines(lines, TimeSpan.FromMilliseconds(700), clock);
        var answers = new List<(TimeSpan At, string Text)>();
        using var output = new Stdout(line => answers.Add((clock.Elapsed, line))); // called under the stream's lock
        using var error = new StringWriter();

        var exit = new CliApp(input, output, error).Run(["batch", "-"]);

        Assert.Equal(0, exit);
        Assert.Equal(3, answers.Count);

        // The first answer is out before the last line was even given.
        Assert.True(answers[0].At < input.LastGivenAt, $"first answer at {answers[0].At}, last line given at {input.LastGivenAt}");
        Assert.Contains("slow-1", answers[0].Text, StringComparison.Ordinal);
    }

    // Standard input that gives one line, then waits before the next.
    private sealed class SlowLines(string[] lines, TimeSpan pause, Stopwatch clock) : ReadOnlyInputStream
    {
        private int next;

        public TimeSpan LastGivenAt { get; private set; }

        public override int Read(Span<byte> buffer)
        {
            if (next == lines.Length) return 0;
            if (next > 0) Thread.Sleep(pause);
            var bytes = Encoding.UTF8.GetBytes(lines[next++]);
            bytes.CopyTo(buffer);
            LastGivenAt = clock.Elapsed;
            return bytes.Length;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (next == lines.Length) return 0;
            if (next > 0) await Task.Delay(pause, cancellationToken);
            var bytes = Encoding.UTF8.GetBytes(lines[next++]);
            bytes.CopyTo(buffer);
            LastGivenAt = clock.Elapsed;
            return bytes.Length;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
