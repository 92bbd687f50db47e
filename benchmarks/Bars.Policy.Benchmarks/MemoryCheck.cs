using System.Diagnostics;
using Bars.Policy.Cli;

namespace Bars.Policy.Benchmarks;

/// <summary>
/// Streams N generated cases as JSON Lines through <c>bars-policy batch</c> (2 workers) and reports the working set
/// as it goes and at its peak: it must stay flat, not grow with N. Run: <c>-- --memory 1000000</c>.
/// </summary>
internal static class MemoryCheck
{
    public static int Run(long count)
    {
        var process = Process.GetCurrentProcess();
        var lines = new GeneratedLines(count);
        var answers = new CountingWriter();
        var samples = new List<(long Cases, long WorkingSet)>();
        using var sampler = new Timer(_ =>
        {
            process.Refresh();
            lock (samples) samples.Add((answers.Lines, process.WorkingSet64));
        }, null, 0, 1000);

        var clock = Stopwatch.StartNew();
        var exit = new CliApp(lines, answers, TextWriter.Null).Run(["batch", "-", "--parallel", "2"]);
        clock.Stop();
        process.Refresh();

        Console.WriteLine($"cases read: {lines.Given:N0}; answers written: {answers.Lines:N0}; exit {exit}; {clock.Elapsed.TotalSeconds:F1} s; {answers.Lines / clock.Elapsed.TotalSeconds:N0} cases/s");
        Console.WriteLine($"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024):F0} MB");
        lock (samples)
        {
            var step = Math.Max(1, samples.Count / 10);
            for (var i = 0; i < samples.Count; i += step)
            {
                Console.WriteLine($"  after {samples[i].Cases,10:N0} answers: working set {samples[i].WorkingSet / (1024.0 * 1024),6:F0} MB");
            }
        }

        return exit == 0 && answers.Lines == count && lines.Given == count ? 0 : 1;
    }

    /// <summary>Case JSON lines made one at a time, never held together, read as their UTF-8 bytes.</summary>
    private sealed class GeneratedLines(long count) : Stream
    {
        private readonly IEnumerator<PolicyCase> cases = SyntheticCases.Stream(seed: 1).GetEnumerator();
        private byte[] line = [];
        private int next;

        public long Given { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (next == line.Length)
            {
                if (Given >= count || !cases.MoveNext()) return 0;
                Given++;
                line = System.Text.Encoding.UTF8.GetBytes(PolicyJson.Write(cases.Current) + "\n");
                next = 0;
            }

            var n = Math.Min(buffer.Length, line.Length - next);
            line.AsSpan(next, n).CopyTo(buffer);
            next += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Counts the answers and drops them.</summary>
    // Standard output that keeps nothing: it counts the lines (the answers) written to it.
    private sealed class CountingWriter : Stream
    {
        private long lines;

        public long Lines => Interlocked.Read(ref lines);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(ReadOnlySpan<byte> buffer) => Interlocked.Add(ref lines, System.MemoryExtensions.Count(buffer, (byte)'\n'));

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
