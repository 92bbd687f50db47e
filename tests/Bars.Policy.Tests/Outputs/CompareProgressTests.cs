using System.Text.Json;
using System.Text.RegularExpressions;
using Bars.Policy.Tests.Cli;

namespace Bars.Policy.Tests.Outputs;

/// <summary><c>compare</c> says on stderr how the run went, as <c>batch</c> does; stdout is the summary alone.</summary>
public sealed class CompareProgressTests
{
    [Fact]
    public void Compare_closes_with_cases_invalid_elapsed_and_rate_on_stderr_and_keeps_stdout_the_summary()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", CaseJson.Valid("a", "Kursk") + "\n\n" + CaseJson.Valid("c", "Bryansk") + "\n");

        var run = CliHarness.Run("compare", "--reform", CliHarness.SamplePath("reform.json"), input, "--summary-format", "json");

        Assert.Equal(0, run.ExitCode);
        // The numbers of the run, never its speed: the elapsed time and rate are only shown to be there.
        Assert.Matches(new Regex(@"^bars-policy: compared 3 cases of 3 lines read; 1 with errors; [0-9.]+ s; [0-9,]+ cases/s\.$"), Assert.Single(CliResult.Lines(run.Stderr)));
        Assert.Equal(3, JsonDocument.Parse(run.Stdout).RootElement.GetProperty("cases").GetInt64());  // one JSON document, nothing else
    }
}
