namespace Bars.Policy.Tests.Cli;

/// <summary>Issue 11, finding 8 on the command line: <c>--parallel</c> is bounded as the library bounds it.</summary>
public sealed class ParallelOptionTests
{
    private static readonly string Case = File.ReadAllText(CliHarness.SamplePath("bryansk-case.json")).ReplaceLineEndings(" ") + "\n";

    [Theory]
    [InlineData("0", "--parallel must be at least 1; got 0.")]
    [InlineData("1025", "--parallel must be at most 1,024; got 1025.")]
    [InlineData("1073741824", "--parallel must be at most 1,024; got 1073741824.")]
    public void A_number_of_workers_outside_the_librarys_bound_is_an_argument_error_not_a_crash(string workers, string message)
    {
        var result = CliHarness.RunWithStdin(Case, "batch", "-", "--parallel", workers);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("\"caseId\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_largest_number_of_workers_allowed_runs()
    {
        var result = CliHarness.RunWithStdin(Case, "batch", "-", "--parallel", BatchOptions.ParallelismLimit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Single(result.StdoutLines);
    }
}
