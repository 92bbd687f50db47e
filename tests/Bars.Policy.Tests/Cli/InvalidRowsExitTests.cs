using Bars.Policy.Cli;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Issue 23, point 4: a population with one column the contract does not know made every row an error, and batch and
/// compare exited 0. A run in which every case is invalid exits 2; <c>--strict</c> makes any invalid case exit 2;
/// either way the output is written whole.
/// </summary>
public sealed class InvalidRowsExitTests
{
    // Each case of a real population with an extra column: every row is an error.
    private static string Weighted(int n) =>
        string.Concat(Enumerable.Range(1, n).Select(i => CaseJson.Valid($"c-{i}", "Bryansk").TrimEnd('}') + ",\"weight\":2.5}\n"));

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("parquet")]
    public void A_batch_in_which_every_line_is_invalid_exits_2_with_every_answer_written(string format)
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", Weighted(3));
        var output = temp.File("out." + format);

        var run = CliHarness.Run("batch", input, "-o", output, "--format", format);

        Assert.Equal(ExitCodes.InvalidCase, run.ExitCode);
        Assert.Contains("every one of the 3 cases is invalid (exit 2)", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(output), "the output is put in place");
        if (format != "parquet") Assert.Equal(format == "csv" ? 4 : 3, File.ReadAllLines(output).Length);
        if (format == "jsonl") Assert.All(File.ReadAllLines(output), l => Assert.Contains("\"path\":\"weight\",\"message\":\"is not a field of the case", l, StringComparison.Ordinal));
    }

    [Fact]
    public void One_invalid_line_fails_the_batch_only_under_strict_and_the_output_is_whole_either_way()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", CaseJson.Valid("ok-1", "Bryansk") + "\n" + Weighted(1) + CaseJson.Valid("ok-2", "Kursk") + "\n");
        var (lax, strict) = (temp.File("lax.jsonl"), temp.File("strict.jsonl"));

        var laxRun = CliHarness.Run("batch", input, "-o", lax);
        var strictRun = CliHarness.Run("batch", input, "-o", strict, "--strict");

        Assert.Equal(ExitCodes.Ok, laxRun.ExitCode);
        Assert.Equal(ExitCodes.InvalidCase, strictRun.ExitCode);
        Assert.Contains("1 of 3 cases are invalid and --strict was given", strictRun.Stderr, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(lax), File.ReadAllBytes(strict));
        Assert.Equal(3, File.ReadAllLines(strict).Length);
    }

    [Fact]
    public void An_empty_batch_has_no_invalid_line_and_exits_0_even_under_strict()
    {
        using var temp = new TempFolder();
        var input = temp.Write("cases.jsonl", "");
        Assert.Equal(ExitCodes.Ok, CliHarness.Run("batch", input, "-o", temp.File("out.jsonl"), "--strict").ExitCode);
    }

    [Fact]
    public void A_compare_in_which_every_case_is_invalid_exits_2_and_strict_fails_on_one_with_the_summary_printed()
    {
        using var temp = new TempFolder();
        var reform = CliHarness.SamplePath("reform.json");
        var allBad = temp.Write("bad.jsonl", Weighted(2));
        var oneBad = temp.Write("one.jsonl", CaseJson.Valid("ok-1", "Bryansk") + "\n" + Weighted(1));
        var changes = temp.File("changes.jsonl");

        var all = CliHarness.Run("compare", "--reform", reform, allBad, "--changes", changes);
        var lax = CliHarness.Run("compare", "--reform", reform, oneBad);
        var strict = CliHarness.Run("compare", "--reform", reform, oneBad, "--strict");

        Assert.Equal(ExitCodes.InvalidCase, all.ExitCode);
        Assert.Contains("\"invalid\": 2", all.Stdout, StringComparison.Ordinal);   // the summary is printed whole
        Assert.True(File.Exists(changes));
        Assert.Equal(ExitCodes.Ok, lax.ExitCode);
        Assert.Equal(ExitCodes.InvalidCase, strict.ExitCode);
        Assert.Equal(lax.Stdout, strict.Stdout);
    }
}
