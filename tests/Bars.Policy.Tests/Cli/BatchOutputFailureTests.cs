using Bars.Policy.Cli;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Issue 25, finding 15: when the output fills up, stderr counts the whole lines on disk (not the answers handed to
/// a buffer that was lost) and names a torn last line; <c>-o /dev/full</c> says nothing was written, the path once
/// per line.
/// </summary>
public sealed class BatchOutputFailureTests
{
    // A file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so the write fails with EFBIG) stands in for a full disk.
    // The runtime's write-xor-execute mapping is a file too: turned off, so the limit can be small.
    [Fact]
    public void A_file_that_fills_up_counts_the_whole_lines_on_disk_and_resume_finishes_it()
    {
        if (!OperatingSystem.IsLinux()) return;
        using var temp = new TempFolder();
        var lines = SyntheticCases.Stream(seed: 15).Take(200).Select(c => PolicyJson.Write(c)).ToArray();
        var input = temp.Write("in.jsonl", string.Concat(lines.Select(l => l + "\n")));
        var output = temp.File("out.jsonl");
        var partial = output + SafeOutput.WorkingSuffix;
        var environment = new Dictionary<string, string> { ["DOTNET_EnableWriteXorExecute"] = "0" };

        var (exit, _, stderr) = CliProcess.RunInShell(temp.Path, TimeSpan.FromSeconds(90), "trap '' XFSZ; ulimit -f 200; exec \"$0\" \"$@\"", environment, "batch", input, "-o", output);

        Assert.True(exit == ExitCodes.Failed, $"exit {exit}: {stderr}");
        Assert.DoesNotContain(CliHarness.StackTraceMarker, stderr, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(partial);
        var whole = bytes.Count(b => b == (byte)'\n');
        var torn = bytes.Length - (Array.LastIndexOf(bytes, (byte)'\n') + 1);
        Assert.Contains($"stopped after {whole} cases; their answers are kept in '{partial}'", stderr, StringComparison.Ordinal);
        if (torn > 0) Assert.Contains($"a torn last line of {torn} bytes", stderr, StringComparison.Ordinal);
        Assert.Contains($"To go on from input line {whole + 1}: bars-policy batch {input} -o {output} --resume", stderr, StringComparison.Ordinal);

        using var stdin = Stdin.Of("");
        using var stdout = new Stdout();
        using var error = new StringWriter();
        Assert.Equal(ExitCodes.Ok, new CliApp(stdin, stdout, error, Support.TestEngine.Instance).Run(["batch", input, "-o", output, "--resume"]));
        Assert.Equal(lines.Length, CliResult.Lines(File.ReadAllText(output)).Length);
    }

    [Fact]
    public void A_device_that_takes_nothing_is_said_to_have_nothing_written_and_named_once_per_line()
    {
        if (!File.Exists("/dev/full")) return; // Linux's always-full device
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", string.Concat(Enumerable.Range(1, 50).Select(i => CaseJson.Valid("c-" + i, "Kursk") + "\n")));

        var run = CliHarness.Run("batch", input, "-o", "/dev/full");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("nothing was written to '/dev/full'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"stopped after \d+ cases;", run.Stderr);
        Assert.All(CliResult.Lines(run.Stderr), line => Assert.True(line.Split("/dev/full").Length <= 2, line));
    }
}
