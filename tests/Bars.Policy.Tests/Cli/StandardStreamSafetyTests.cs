using System.Diagnostics;
using Bars.Policy.Tests.Packaging;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Issue 25, finding 1: standard input and output are files too. `batch - -o a.jsonl &lt; a.jsonl` overwrote its input
/// with the decisions, and `batch a.jsonl &gt;&gt; a.jsonl` fed on its own answers; both are refused before anything is
/// written, as a named input is. Run through a shell, since the redirections are the shell's.
/// </summary>
public sealed class StandardStreamSafetyTests
{
    private static (int Exit, string Stderr) Shell(string workingDirectory, string command)
    {
        var psi = new ProcessStartInfo("/bin/bash") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(command);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), command);
        return (process.ExitCode, stderr.Result);
    }

    private static string Tool => $"'{DotnetProcess.Dotnet}' '{CliProcess.Assembly}'";

    [Theory]
    [InlineData("batch - -o a.jsonl < a.jsonl")]
    [InlineData("batch - -o a.jsonl --format csv < a.jsonl")]
    [InlineData("batch a.jsonl >> a.jsonl")]
    [InlineData("batch - < a.jsonl >> a.jsonl")]
    [InlineData("compare --reform reform.json - --changes a.jsonl < a.jsonl")]
    public void A_standard_stream_that_is_the_input_file_is_refused_and_the_input_kept(string command)
    {
        if (OperatingSystem.IsWindows()) return; // the redirections are a Unix shell's
        using var temp = new TempFolder();
        var input = temp.Write("a.jsonl", CaseJson.Valid("a", "Kursk") + "\n" + CaseJson.Valid("b", "Bryansk") + "\n");
        var before = File.ReadAllBytes(input);
        temp.Write("reform.json", File.ReadAllText(Support.Repo.Path("docs", "samples", "reform.json")));

        var (exit, stderr) = Shell(temp.Path, $"{Tool} {command}");

        Assert.Equal(1, exit);
        Assert.Contains("would destroy the input", stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
    }

    [Fact]
    public void Standard_input_from_another_file_and_output_to_a_new_one_still_run()
    {
        if (OperatingSystem.IsWindows()) return;
        using var temp = new TempFolder();
        temp.Write("a.jsonl", CaseJson.Valid("a", "Kursk") + "\n");
        var (exit, stderr) = Shell(temp.Path, $"{Tool} batch - -o b.jsonl < a.jsonl && {Tool} batch a.jsonl > c.jsonl");
        Assert.True(exit == 0, stderr);
        Assert.Single(File.ReadAllLines(Path.Combine(temp.Path, "b.jsonl")));
        Assert.Single(File.ReadAllLines(Path.Combine(temp.Path, "c.jsonl")));
    }
}
