using System.Text.RegularExpressions;

namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy batch</c>: one decision per input line, same order, bad lines answered with errors.</summary>
public sealed class BatchCommandTests
{
    // Seven lines: valid cases in all three regions, a malformed line in the middle (caseId before the break),
    // an empty line, and a case with a field the contract does not have.
    private static readonly string[] MixedLines =
    [
        CaseJson.Valid("kursk-1", "Kursk"),
        CaseJson.Valid("belgorod-1", "Belgorod", sex: "Female"),
        """{"caseId":"broken-1","region":"Kursk","asOf":"2024-10-01","applicant":{"birthDate":""",
        "",
        CaseJson.Valid("unknown-field-1", "Bryansk").TrimEnd('}') + ""","nickname":"Vasya"}""",
        CaseJson.Valid("bryansk-1", "Bryansk"),
        CaseJson.Valid("kursk-2", "Kursk", withContract: false),
    ];

    private static readonly string?[] ExpectedCaseIds = ["kursk-1", "belgorod-1", "broken-1", null, "unknown-field-1", "bryansk-1", "kursk-2"];

    private static readonly bool[] ExpectedInvalid = [false, false, true, true, true, false, false];

    private static readonly string?[] ExpectedRegions = ["Kursk", "Belgorod", null, null, null, "Bryansk", "Kursk"];

    [Fact]
    public void Batch_MixedFileToOutputFile_ExitsZeroWithOneDecisionPerLineInInputOrder()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", string.Join("\n", MixedLines) + "\n");
        var output = temp.File("out.jsonl");

        var run = CliHarness.Run("batch", input, "-o", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(output), "no output file written");
        var outLines = CliResult.Lines(File.ReadAllText(output));
        AssertMixedDecisions(outLines);
    }

    [Fact]
    public void Batch_MixedFile_StderrSummaryGivesCasesAndErrorCounts()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", string.Join("\n", MixedLines) + "\n");

        var run = CliHarness.Run("batch", input, "--output", temp.File("out.jsonl"));

        Assert.Equal(0, run.ExitCode);
        var summary = Assert.Single(CliResult.Lines(run.Stderr));
        Assert.Matches(new Regex(@"\b7\b[^0-9]*\bcases?\b"), summary);
        Assert.Matches(new Regex(@"\b3\b[^0-9]*\berrors?\b"), summary);
    }

    [Fact]
    public void Batch_MalformedLineInTheMiddle_DoesNotStopTheLinesAfterIt()
    {
        using var temp = new TempFolder();
        var input = temp.Write("in.jsonl", string.Join("\n", MixedLines) + "\n");
        var output = temp.File("out.jsonl");

        CliHarness.Run("batch", input, "-o", output);

        var decisions = CliResult.Lines(File.ReadAllText(output)).Select(PolicyJson.ReadDecision).ToList();
        var afterBreak = decisions.Skip(Array.IndexOf(ExpectedCaseIds, "broken-1") + 1).ToList();
        Assert.Contains(afterBreak, d => d.CaseId == "bryansk-1" && d.IsValid && d.Enlistment is not null);
        Assert.Contains(afterBreak, d => d.CaseId == "kursk-2" && d.IsValid && d.Enlistment is not null);
    }

    [Fact]
    public void Batch_FromStandardInputWithoutOutputOption_WritesDecisionsToStandardOutput()
    {
        var run = CliHarness.RunWithStdin(string.Join("\n", MixedLines) + "\n", "batch", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stdout + run.Stderr, StringComparison.Ordinal);
        AssertMixedDecisions(run.StdoutLines);
        // The summary goes to stderr, so stdout stays pure JSON Lines.
        Assert.Matches(new Regex(@"\b7\b"), run.Stderr);
    }

    [Fact]
    public void Batch_FileAndStandardInput_GiveTheSameDecisions()
    {
        using var temp = new TempFolder();
        var text = string.Join("\n", MixedLines) + "\n";
        var input = temp.Write("in.jsonl", text);
        var output = temp.File("out.jsonl");

        var fromFile = CliHarness.Run("batch", input, "-o", output);
        var fromStdin = CliHarness.RunWithStdin(text, "batch", "-");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(CliResult.Lines(File.ReadAllText(output)), fromStdin.StdoutLines);
    }

    [Fact]
    public void Batch_MissingInputFile_ExitsOneWithMessageNamingTheFileAndNoStackTrace()
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-such-cases.jsonl");
        var output = temp.File("out.jsonl");

        var run = CliHarness.Run("batch", missing, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-cases.jsonl", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Batch_MissingInputFileWithoutOutputOption_ExitsOneAndWritesNothingToStandardOutput()
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-such-cases.jsonl");

        var run = CliHarness.Run("batch", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-cases.jsonl", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Batch_OutputPathSameAsInput_IsRefusedAndLeavesTheInputIntact()
    {
        using var temp = new TempFolder();
        var text = string.Join("\n", MixedLines) + "\n";
        var path = temp.Write("cases.jsonl", text);

        var run = CliHarness.Run("batch", path, "-o", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is the input file", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(path));
    }

    private static void AssertMixedDecisions(string[] outLines)
    {
        Assert.Equal(MixedLines.Length, outLines.Length);
        var decisions = outLines.Select(PolicyJson.ReadDecision).ToList();
        Assert.Equal(ExpectedCaseIds, decisions.Select(d => d.CaseId));

        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (ExpectedInvalid[i])
            {
                Assert.True(d.Errors.Count > 0, $"line {i + 1} ({ExpectedCaseIds[i]}) should carry errors");
                Assert.All(d.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), $"line {i + 1}: error without a message"));
                Assert.Null(d.Enlistment);
                Assert.Empty(d.Entitlements);
            }
            else
            {
                Assert.True(d.Errors.Count == 0, $"line {i + 1} ({ExpectedCaseIds[i]}) should have no errors but has: {string.Join("; ", d.Errors)}");
                Assert.Equal(ExpectedRegions[i], d.Region);
                Assert.NotNull(d.Enlistment);
                Assert.NotNull(d.Service);
                Assert.Equal(Enum.GetValues<EntitlementKind>().Length, d.Entitlements.Count);
            }
        }

        // The unknown field is named by its path.
        var unknown = decisions[Array.IndexOf(ExpectedCaseIds, "unknown-field-1")];
        Assert.Contains(unknown.Errors, e => e.Path == "nickname");
    }
}
