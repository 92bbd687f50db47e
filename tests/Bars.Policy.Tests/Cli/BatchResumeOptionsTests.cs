using Bars.Policy.Cli;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Issue 25, findings 2, 14 and 16: the options that shape a batch's answers are recorded with its partial file; the
/// hint after a stop is the exact command that continues it; a resume with other options, a table format or a
/// partial without its record is refused and the partial left byte for byte as it was, also when the check is
/// interrupted; a table output says plainly that it cannot be resumed and keeps nothing.
/// </summary>
public sealed class BatchResumeOptionsTests
{
    private static readonly string[] Lines = [.. SyntheticCases.Stream(seed: 25).Take(300).Select(c => PolicyJson.Write(c))];

    // Finding 2: the hint dropped --findings and --max-line-bytes; run as printed, the file mixed two kinds of answer.
    [Fact]
    public void The_hint_after_an_interruption_is_the_exact_command_and_running_it_gives_the_uninterrupted_file()
    {
        using var temp = new TempFolder();
        var output = temp.File("out.jsonl");
        string[] shape = ["--findings", "ids", "--max-line-bytes", "500000"];
        var expected = Uninterrupted(temp, shape);
        CliResult first;
        using (var interruption = new Interruption())
        {
            first = Run(new BatchInterruptionTests.InterruptingReader(Text(Lines), afterLines: 150, interruption), interruption, ["batch", "-", "-o", output, .. shape]);
        }

        Assert.Equal(ExitCodes.Interrupted, first.ExitCode);
        var hint = $"bars-policy batch - -o {output} --findings ids --max-line-bytes 500000 --resume";
        Assert.EndsWith(": " + hint, first.Stderr.TrimEnd('\n'), StringComparison.Ordinal);

        var again = Run(Stdin.Of(Text(Lines)), null, hint.Split(' ')[1..]);

        Assert.True(again.ExitCode == ExitCodes.Ok, again.Stderr);
        Assert.Equal(expected, File.ReadAllText(output));
        Assert.False(File.Exists(ResumeRecord.PathFor(output + SafeOutput.WorkingSuffix)), "the record outlived the batch");
    }

    // Finding 2: `--resume --findings none` over a full partial mixed the two silently.
    [Theory]
    [InlineData("--findings", "none")]
    [InlineData("--findings", "ids")]
    [InlineData("--max-line-bytes", "4096")]
    [InlineData("--execution", "sequential")]
    public void A_resume_with_other_options_is_refused_with_the_command_that_continues_and_the_partial_untouched(string option, string value)
    {
        using var temp = new TempFolder();
        var output = temp.File("out.jsonl");
        var partial = output + SafeOutput.WorkingSuffix;
        var answers = CliResult.Lines(Uninterrupted(temp, []));
        BatchInterruptionTests.WritePartial(output, Text(answers.Take(40)) + answers[40][..25]); // a torn tail too
        var before = File.ReadAllBytes(partial);

        var run = Run(Stdin.Of(Text(Lines)), null, ["batch", "-", "-o", output, option, value, "--resume"]);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"was written with {option} ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"To go on: bars-policy batch - -o {output} --resume", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(partial));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_partial_file_without_its_record_is_refused_and_left_as_it_is()
    {
        using var temp = new TempFolder();
        var output = temp.File("out.jsonl");
        var partial = output + SafeOutput.WorkingSuffix;
        var answers = CliResult.Lines(Uninterrupted(temp, ["--findings", "ids"]));
        File.WriteAllText(partial, Text(answers.Take(40)) + answers[40][..25]);

        var run = Run(Stdin.Of(Text(Lines)), null, ["batch", "-", "-o", output, "--resume"]);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("has no record of the options that wrote it", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(Text(answers.Take(40)) + answers[40][..25], File.ReadAllText(partial));
    }

    // Finding 14: interrupted while checking the partial, it said "interrupted after 0 cases … go on from input line 1".
    [Fact]
    public void Interrupting_a_resume_while_it_checks_the_partial_says_so_and_leaves_the_partial_as_it_was()
    {
        using var temp = new TempFolder();
        var output = temp.File("out.jsonl");
        var partial = output + SafeOutput.WorkingSuffix;
        var answers = CliResult.Lines(Uninterrupted(temp, []));
        BatchInterruptionTests.WritePartial(output, Text(answers.Take(200)) + answers[200][..30]);
        var before = File.ReadAllBytes(partial);
        CliResult run;
        using (var interruption = new Interruption())
        {
            run = Run(new BatchInterruptionTests.InterruptingReader(Text(Lines), afterLines: 100, interruption), interruption, ["batch", "-", "-o", output, "--resume"]);
        }

        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
        Assert.Contains($"interrupted while checking the answers already in '{partial}'; it is kept as it was. To go on: bars-policy batch - -o {output} --resume", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("after 0 cases", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("input line 1", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(partial));
    }

    // Finding 16: the hint omitted --format and the tool refused it; run as printed, it shrank the Parquet partial.
    [Theory]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void A_table_output_interrupted_says_it_cannot_be_resumed_and_keeps_nothing(string format)
    {
        using var temp = new TempFolder();
        var output = temp.File("out." + format);
        CliResult run;
        using (var interruption = new Interruption())
        {
            run = Run(new BatchInterruptionTests.InterruptingReader(Text(Lines), afterLines: 150, interruption), interruption, ["batch", "-", "-o", output, "--format", format]);
        }

        Assert.Equal(ExitCodes.Interrupted, run.ExitCode);
        Assert.Contains($"a --format {format} output is written whole or not at all, so nothing is kept", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"It cannot be resumed; to start over: bars-policy batch - -o {output} --format {format}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("--resume", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(temp.Path, "out.*"));
    }

    // Finding 16, "never touch a partial you refuse": what a killed table run leaves is refused as it is, by either command.
    [Theory]
    [InlineData("parquet", new string[0])]
    [InlineData("parquet", new[] { "--format", "parquet" })]
    [InlineData("csv", new string[0])]
    [InlineData("csv", new[] { "--format", "csv" })]
    public void A_killed_table_runs_partial_is_refused_and_not_touched(string format, string[] options)
    {
        using var temp = new TempFolder();
        var output = temp.File("out." + format);
        var partial = output + SafeOutput.WorkingSuffix;
        var torn = "PAR1 row group\nrows\n and a torn tail"u8.ToArray();
        File.WriteAllBytes(partial, torn);
        new ResumeRecord(format, "full", null, MaxBytesOption.Default).Write(partial);

        var run = Run(Stdin.Of(Text(Lines)), null, ["batch", "-", "-o", output, .. options, "--resume"]);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("cannot be resumed", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(torn, File.ReadAllBytes(partial));
        Assert.False(File.Exists(output));
    }

    private static string Uninterrupted(TempFolder temp, string[] options)
    {
        var whole = temp.File("whole-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var run = Run(Stdin.Of(Text(Lines)), null, ["batch", "-", "-o", whole, .. options]);
        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        return File.ReadAllText(whole);
    }

    private static CliResult Run(Stream stdin, Interruption? interruption, string[] args)
    {
        using var stdout = new Stdout();
        using var stderr = new StringWriter();
        var exit = new CliApp(stdin, stdout, stderr, Support.TestEngine.Instance, interruption).Run(args);
        stdin.Dispose();
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    private static string Text(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + "\n"));
}
