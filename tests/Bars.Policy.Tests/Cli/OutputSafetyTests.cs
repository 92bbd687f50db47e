using Bars.Policy.Cli;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// What a command does before it writes (issue 11, findings 1, 2, 9, 16) and when a write fails (7): an output that
/// is an input under any name is refused, a directory is called one, an output's folder is checked before any work,
/// and a full disk is a clean error that leaves no file looking finished.
/// </summary>
public sealed class OutputSafetyTests
{
    private static readonly string Reform = CliHarness.SamplePath("reform.json");

    private static readonly string Cases = string.Join("\n", Enumerable.Range(1, 20).Select(i => CaseJson.Valid("case-" + i, i % 2 == 0 ? "Kursk" : "Bryansk"))) + "\n";

    // Finding 1: `ln -s in.jsonl link.jsonl; batch in.jsonl -o link.jsonl` emptied in.jsonl and exited 0.
    [Theory]
    [InlineData("symlink")]
    [InlineData("hard link")]
    [InlineData("symlinked folder")]
    public void Batch_output_that_reaches_the_input_another_way_is_refused_and_the_input_kept(string how)
    {
        if (OperatingSystem.IsWindows()) return; // links need privileges there; the identity check is the same
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", Cases);
        var output = OtherName(temp, input, how);

        var run = CliHarness.Run("batch", input, "-o", output);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("is the input file", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("under another name", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(Cases, File.ReadAllText(input));
        Assert.Equal("", run.Stdout);
    }

    // Finding 2: `compare --changes cases.jsonl` (or --markdown, or the reform file) emptied it and exited 0.
    [Theory]
    [InlineData("--changes", "cases")]
    [InlineData("--markdown", "cases")]
    [InlineData("--changes", "reform")]
    [InlineData("--markdown", "reform")]
    [InlineData("--markdown", "cases through a symlink")]
    public void Compare_output_that_is_an_input_is_refused_before_anything_is_written(string option, string which)
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", Cases);
        var reform = temp.Write("reform.json", File.ReadAllText(Reform));
        var target = which switch
        {
            "cases" => cases,
            "reform" => reform,
            _ => OtherName(temp, cases, "symlink"),
        };
        var before = File.ReadAllText(which == "reform" ? reform : cases);

        var run = CliHarness.Run("compare", "--reform", reform, cases, option, target);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("is the input file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(which == "reform" ? reform : cases));
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Compare_with_both_outputs_the_same_file_is_refused()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", Cases);
        var same = temp.File("out.txt");

        var run = CliHarness.Run("compare", "--reform", Reform, cases, "--changes", same, "--markdown", same);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("are the same file", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(same));
    }

    // Finding 9: an output in a missing folder aborted after the summary was printed; now nothing runs first.
    [Theory]
    [InlineData("--changes")]
    [InlineData("--markdown")]
    public void Compare_output_in_a_missing_folder_is_refused_before_any_summary(string option)
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", Cases);
        var output = Path.Combine(temp.Path, "nodir", "out.txt");

        var run = CliHarness.Run("compare", "--reform", Reform, cases, option, output);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains($"bars-policy: cannot write '{output}': the folder", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("does not exist", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("population")]
    [InlineData("batch")]
    public void Output_in_a_missing_folder_is_refused_and_creates_nothing(string command)
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", Cases);
        var output = Path.Combine(temp.Path, "nodir", "out.jsonl");
        string[] args = command == "population" ? ["population", "--size", "3", "-o", output] : ["batch", cases, "-o", output];

        var run = CliHarness.Run(args);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("does not exist", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "nodir")));
    }

    // Finding 16: a directory read "Access to the path … is denied" (as root); it is named a directory.
    [Theory]
    [InlineData("batch input")]
    [InlineData("batch output")]
    [InlineData("evaluate input")]
    [InlineData("compare cases")]
    [InlineData("compare reform")]
    [InlineData("compare changes")]
    [InlineData("compare markdown")]
    [InlineData("population output")]
    public void A_directory_given_as_input_or_output_is_called_a_directory(string where)
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", Cases);
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "a-folder")).FullName;
        string[] args = where switch
        {
            "batch input" => ["batch", folder, "-o", temp.File("out.jsonl")],
            "batch output" => ["batch", cases, "-o", folder],
            "evaluate input" => ["evaluate", folder],
            "compare cases" => ["compare", "--reform", Reform, folder],
            "compare reform" => ["compare", "--reform", folder, cases],
            "compare changes" => ["compare", "--reform", Reform, cases, "--changes", folder],
            "compare markdown" => ["compare", "--reform", Reform, cases, "--markdown", folder],
            _ => ["population", "--size", "3", "-o", folder],
        };

        var run = CliHarness.Run(args);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"'{folder}': it is a directory", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("denied", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    // Finding 7: `-o /dev/full` aborted with an unhandled IOException.
    [Theory]
    [InlineData("batch")]
    [InlineData("population")]
    [InlineData("compare")]
    public void A_full_disk_is_a_clean_error_with_exit_1(string command)
    {
        if (!File.Exists("/dev/full")) return; // Linux's always-full device; nothing like it elsewhere
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", string.Concat(Enumerable.Repeat(Cases, 10)));
        string[] args = command switch
        {
            "batch" => ["batch", cases, "-o", "/dev/full"],
            "population" => ["population", "--size", "2000", "-o", "/dev/full"],
            _ => ["compare", "--reform", Reform, cases, "--markdown", "/dev/full"],
        };

        var run = CliHarness.Run(args);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("bars-policy: cannot write '/dev/full'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"answered \d+ cases of \d+ lines read", run.Stderr); // no success summary
    }

    // Finding 7, the "no file claiming success" half: a file output appears only whole; a failed run leaves the old one.
    [Fact]
    public void A_population_that_fails_midway_leaves_the_earlier_file_untouched_and_no_working_file()
    {
        using var temp = new TempFolder();
        var output = temp.Write("cases.jsonl", "earlier content\n");
        using var stdin = Stdin.Of("");
        using var stdout = new Stdout();
        using var stderr = new StringWriter();
        using var interruption = new Interruption();
        interruption.Interrupt(); // stops it at the first case

        var exit = new CliApp(stdin, stdout, stderr, Support.TestEngine.Instance, interruption).Run(["population", "--size", "1000", "-o", output]);

        Assert.Equal(ExitCodes.Interrupted, exit);
        Assert.Equal("earlier content\n", File.ReadAllText(output));
        Assert.False(File.Exists(output + SafeOutput.WorkingSuffix));
        Assert.Contains("is not written", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_output_replaces_the_target_only_when_done_and_through_a_symlink_keeps_the_link()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", Cases);
        var real = temp.Write("real.jsonl", "old\n");
        var link = temp.File("link.jsonl");
        File.CreateSymbolicLink(link, real);

        var run = CliHarness.Run("batch", input, "-o", link);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget); // still a link: the file it names was replaced
        Assert.Equal(20, CliResult.Lines(File.ReadAllText(real)).Length);
        Assert.Empty(Directory.GetFiles(temp.Path, "*" + SafeOutput.WorkingSuffix));
    }

    private static string OtherName(TempFolder temp, string input, string how)
    {
        switch (how)
        {
            case "symlink":
                var link = temp.File("link-" + Guid.NewGuid().ToString("N") + ".jsonl");
                File.CreateSymbolicLink(link, input);
                return link;
            case "hard link":
                var hard = temp.File("hard.jsonl");
                HardLink.Create(input, hard);
                return hard;
            default:
                var folder = temp.File("folder-link");
                Directory.CreateSymbolicLink(folder, temp.Path);
                return Path.Combine(folder, Path.GetFileName(input));
        }
    }

    private static class HardLink
    {
        public static void Create(string existing, string link)
        {
            if (link_(existing, link) != 0) throw new IOException($"link({existing}, {link}) failed: errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}");
        }

        [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true)]
        private static extern int link_([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string existing, [System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string link);
    }
}
