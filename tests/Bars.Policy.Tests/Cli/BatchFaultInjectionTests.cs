using System.Diagnostics;
using System.Text;
using Bars.Policy.Cli;
using Xunit.Abstractions;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// The proof of issue 11's fault-injection item: the real <c>bars-policy batch</c>, a child process, killed at
/// random points — SIGINT (the clean path) and SIGKILL (no chance to clean up) — and resumed, perhaps killed again,
/// until done. After every kill the output holds complete answers only, in input order, each for its input line's
/// caseId (a SIGKILL may leave one torn line at the end of the working file, never inside it, never in the target);
/// the target appears only whole; and the resumed file is byte for byte what an uninterrupted run writes.
/// Each run writes one of <c>--findings full|ids|none</c> in turn (issue 25, finding 2): a clean stop's hint is the
/// exact command, with the run's options, and the resumed file is the uninterrupted one of the same options.
/// 3 runs in the normal suite; 20, with up to three kills each, when BARS_PROPERTY_TESTS is set (the deep run).
/// </summary>
public sealed class BatchFaultInjectionTests(ITestOutputHelper log)
{
    private const int CaseCount = 300;

    private static readonly bool Deep = Environment.GetEnvironmentVariable("BARS_PROPERTY_TESTS") is { Length: > 0 };

    [Fact]
    public void Batch_killed_at_random_points_keeps_whole_answers_in_order_and_resume_gives_the_uninterrupted_file()
    {
        if (OperatingSystem.IsWindows()) return; // Unix signals
        var seed = int.TryParse(Environment.GetEnvironmentVariable("BARS_FAULT_SEED"), out var s) ? s : Random.Shared.Next();
        var random = new Random(seed);
        var runs = Deep ? 20 : 3;
        log.WriteLine($"seed {seed} (BARS_FAULT_SEED repeats it), {runs} runs");

        using var temp = new TempFolder();
        var (inputLines, caseIds) = Input();
        var input = temp.Write("in.jsonl", string.Concat(inputLines.Select(l => l + "\n")));
        string[] levels = ["full", "ids", "none"];
        var uninterrupted = levels.ToDictionary(l => l, l => Uninterrupted(input, temp, l));

        for (var run = 0; run < runs; run++)
        {
            var findings = levels[run % levels.Length];
            var expected = uninterrupted[findings];
            var expectedLines = CliResult.Lines(expected);
            var output = temp.File($"out-{run}.jsonl");
            var partial = output + SafeOutput.WorkingSuffix;
            var kills = Deep ? random.Next(1, 4) : 1;
            var (interrupted, kept, fresh, restarts) = (0, 0, true, 0);
            for (var attempt = 0; ; attempt++)
            {
                string[] args = fresh ? ["batch", input, "-o", output, "--parallel", "1", "--findings", findings] : ["batch", input, "-o", output, "--parallel", "1", "--findings", findings, "--resume"];
                var where = $"seed {seed}, run {run} (--findings {findings}), attempt {attempt}";
                using var child = CliProcess.Start(temp.Path, args);
                if (interrupted >= kills)
                {
                    var done = child.WaitForExit(TimeSpan.FromMinutes(2));
                    Assert.True(done == ExitCodes.Ok, $"{where}: the last resume exited {done}: {child.Stderr()}");
                    break;
                }

                // Past what the files held at the start: they grow only by the run's own writes, so the run has begun
                // (a signal before the tool listens for it ends the process the default way, before it touched anything);
                // and well before the end, which the buffered answers reach in a few milliseconds.
                var sigKill = random.Next(2) == 0;
                var start = Length(partial, output);
                WaitForProgress(child, partial, output, start + random.NextInt64(1, Math.Max(2, (expected.Length - start) * 6 / 10)));
                var signal = sigKill ? KillNow(child) : child.Interrupt();
                var exit = child.WaitForExit(TimeSpan.FromSeconds(60));
                var stderr = child.Stderr();
                log.WriteLine($"{where}: signal {signal}, exit {exit}; {stderr.Trim()}");

                if (exit == ExitCodes.Ok || File.Exists(output))
                {
                    // Only a finished batch may put the file in place (it may have, just before the signal landed),
                    // and then it is whole. The kill did not happen, so the run starts over.
                    Assert.True(expected == File.ReadAllText(output), $"{where}: exit {exit}, and the target is not the whole answer");
                    Assert.False(File.Exists(partial), where);
                    Assert.True(++restarts < 10, $"{where}: the batch finished before every signal in 10 tries");
                    File.Delete(output);
                    (kept, fresh) = (0, true);
                    continue;
                }

                var bytes = File.ReadAllBytes(partial);
                var complete = CheckPartial(bytes, expectedLines, caseIds, torn: sigKill, where);
                Assert.True(complete >= kept, $"{where}: {complete} answers after a resume of {kept}");
                (kept, fresh) = (complete, false);
                interrupted++;

                if (sigKill)
                {
                    Assert.Equal(128 + CliProcess.SigKill, exit);
                }
                else
                {
                    Assert.True(exit == ExitCodes.Interrupted, $"{where}: exit {exit}: {stderr}");
                    Assert.Equal((byte)'\n', bytes.Length == 0 ? (byte)'\n' : bytes[^1]); // a clean stop ends on a whole line
                    Assert.Contains($"interrupted after {complete} cases", stderr, StringComparison.Ordinal);
                    Assert.Contains($"input line {complete + 1}", stderr, StringComparison.Ordinal);
                    var options = findings == "full" ? "" : $" --findings {findings}";
                    Assert.Contains($": bars-policy batch {input} -o {output}{options} --parallel 1 --resume", stderr, StringComparison.Ordinal);
                }
            }

            Assert.Equal(expected, File.ReadAllText(output));
            Assert.False(File.Exists(partial), $"seed {seed}, run {run}: the working file outlived the batch");
        }
    }

    // Complete lines, each the uninterrupted answer to its input line (so in order and for its caseId); after a
    // SIGKILL, at most a torn tail that is the start of the next answer. Returns how many complete lines.
    private static int CheckPartial(byte[] bytes, string[] expected, string?[] caseIds, bool torn, string where)
    {
        var last = Array.LastIndexOf(bytes, (byte)'\n');
        var lines = CliResult.Lines(Encoding.UTF8.GetString(bytes, 0, last + 1));
        Assert.True(lines.Length <= expected.Length, $"{where}: {lines.Length} answers for {expected.Length} lines");
        for (var i = 0; i < lines.Length; i++)
        {
            Assert.True(expected[i] == lines[i], $"{where}: answer {i + 1} differs from the uninterrupted run's");
            using var answer = System.Text.Json.JsonDocument.Parse(lines[i]); // ids and none carry no finding text to read back
            Assert.Equal(caseIds[i], answer.RootElement.GetProperty("caseId").GetString());
        }

        var tail = bytes.AsSpan(last + 1);
        if (!torn) Assert.True(tail.IsEmpty, $"{where}: a clean stop left a torn line of {tail.Length} bytes after {lines.Length} answers: {Encoding.UTF8.GetString(tail)[..Math.Min(tail.Length, 200)]}");
        else if (!tail.IsEmpty)
        {
            Assert.True(lines.Length < expected.Length && Encoding.UTF8.GetBytes(expected[lines.Length]).AsSpan().StartsWith(tail), $"{where}: the torn tail is not the start of the next answer");
        }

        return lines.Length;
    }

    // Until the files have grown past `bytes` (or the run ends), then a moment more, off the write boundaries.
    private static void WaitForProgress(CliProcess child, string partial, string output, long bytes)
    {
        var clock = Stopwatch.StartNew();
        while (!child.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && Length(partial, output) < bytes) Thread.Sleep(2);
        Thread.Sleep(Random.Shared.Next(0, 20));
    }

    // What the run has written so far, to its working file or (were it to write there directly) the target.
    private static long Length(string partial, string output) =>
        Math.Max(File.Exists(partial) ? new FileInfo(partial).Length : 0, File.Exists(output) ? new FileInfo(output).Length : 0);

    private static int KillNow(CliProcess child)
    {
        child.Signal(CliProcess.SigKill);
        return CliProcess.SigKill;
    }

    // Synthetic cases with the lines a batch must answer too: empty, broken (its caseId still readable), unknown
    // field; and the caseId each answer must carry.
    private static (string[] Lines, string?[] CaseIds) Input()
    {
        var cases = SyntheticCases.Stream(seed: 21).Take(CaseCount).ToList();
        var lines = cases.Select(c => PolicyJson.Write(c)).ToArray();
        var ids = cases.Select(c => c.CaseId).ToArray();
        (lines[100], ids[100]) = ("", null);
        (lines[250], ids[250]) = ("""{"caseId":"broken-250","region":"Kursk","asOf":""", "broken-250");
        lines[200] = lines[200].TrimEnd('}') + ""","nickname":"x"}""";
        return (lines, ids);
    }

    private static string Uninterrupted(string input, TempFolder temp, string findings)
    {
        var output = temp.File($"expected-{findings}.jsonl");
        using var stdin = Stdin.Of("");
        using var stdout = new Stdout();
        using var stderr = new StringWriter();
        var exit = new CliApp(stdin, stdout, stderr, Support.TestEngine.Instance).Run(["batch", input, "-o", output, "--findings", findings]);
        Assert.True(exit == ExitCodes.Ok, stderr.ToString());
        return File.ReadAllText(output);
    }
}
