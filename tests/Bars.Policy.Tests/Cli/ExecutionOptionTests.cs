using Bars.Policy.Synthetic;

namespace Bars.Policy.Tests.Cli;

/// <summary><c>--execution rete|sequential</c> on evaluate, batch and compare: both give the same bytes.</summary>
public sealed class ExecutionOptionTests
{
    [Fact]
    public void Batch_gives_the_same_bytes_whichever_execution_runs_the_rules()
    {
        var input = string.Join("\n", SyntheticCases.Valid(300, seed: 12).Select(c => PolicyJson.Write(c))) + "\n";
        var sequential = CliHarness.RunWithStdin(input, "batch", "-", "--execution", "sequential");
        var rete = CliHarness.RunWithStdin(input, "batch", "-", "--execution", "rete");
        Assert.Equal(0, sequential.ExitCode);
        Assert.Equal(300, sequential.StdoutLines.Length);
        Assert.Equal(sequential.Stdout, rete.Stdout);
    }

    [Fact]
    public void Evaluate_and_compare_take_the_option_and_agree()
    {
        var sample = CliHarness.SamplePath("bryansk-case.json");
        Assert.Equal(CliHarness.Run("evaluate", sample, "--execution", "sequential").Stdout, CliHarness.Run("evaluate", sample, "--execution", "rete").Stdout);

        var cases = string.Join("\n", SyntheticCases.Valid(200, seed: 4).Select(c => PolicyJson.Write(c))) + "\n";
        var reform = CliHarness.SamplePath("reform.json");
        var a = CliHarness.RunWithStdin(cases, "compare", "--reform", reform, "-", "--execution", "sequential");
        var b = CliHarness.RunWithStdin(cases, "compare", "--reform", reform, "-", "--execution", "rete");
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Stdout, b.Stdout);
    }

    [Fact]
    public void An_unknown_execution_is_refused()
    {
        var result = CliHarness.Run("evaluate", CliHarness.SamplePath("bryansk-case.json"), "--execution", "fast");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("fast", result.Stderr, StringComparison.Ordinal);
    }
}
