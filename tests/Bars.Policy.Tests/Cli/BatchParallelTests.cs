namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy batch --parallel N</c>: the same answers in the same order whatever N.</summary>
public sealed class BatchParallelTests
{
    [Fact]
    public void Batch_with_1_2_and_8_workers_gives_identical_output_in_input_order()
    {
        var lines = SyntheticCases.Valid(1500, seed: 5).Select((c, i) => i % 9 == 4 ? "{\"caseId\":\"broken-" + i + "\"," : PolicyJson.Write(c)).ToArray();
        var stdin = string.Join("\n", lines) + "\n";

        var outputs = new[] { "1", "2", "8" }.Select(n =>
        {
            var run = CliHarness.RunWithStdin(stdin, "batch", "-", "--parallel", n);
            Assert.Equal(0, run.ExitCode);
            return run.Stdout;
        }).ToArray();

        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
        var answers = CliResult.Lines(outputs[0]);
        Assert.Equal(lines.Length, answers.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var d = PolicyJson.ReadDecision(answers[i]);
            Assert.Equal(i % 9 == 4 ? $"broken-{i}" : $"gen-5-{i}", d.CaseId);
            Assert.Equal(i % 9 != 4, d.IsValid);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("many")]
    public void Batch_with_a_parallel_count_below_1_or_not_a_number_is_refused(string n)
    {
        var run = CliHarness.RunWithStdin("", "batch", "-", "--parallel", n);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--parallel", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
    }
}
