using System.Security.Cryptography;
using System.Text.Json;
using Bars.Policy.Tests.Cli;

namespace Bars.Policy.Tests.Outputs;

/// <summary>Every output of <c>compare</c> and <c>batch</c> says where it comes from: the policies, the files read (name, size, SHA-256), the run's date.</summary>
public sealed class ProvenanceOutputTests
{
    [Fact]
    public void The_compare_summary_and_report_name_both_policies_the_reform_file_the_input_and_the_run_date()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", CliHarness.Run("population", "--size", "50", "--seed", "4").Stdout);
        var reform = CliHarness.SamplePath("reform.json");
        var report = temp.File("report.html");

        var run = CliHarness.Run("compare", "--reform", reform, cases, "--report", report);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var summary = JsonDocument.Parse(run.Stdout);
        var p = summary.RootElement.GetProperty("provenance");
        var baseline = PolicyEngine.CreateDefault().Policy;
        Assert.Equal(baseline.Fingerprint, p.GetProperty("baseline").GetProperty("fingerprint").GetString());
        Assert.Equal(baseline.LibraryVersion, p.GetProperty("baseline").GetProperty("libraryVersion").GetString());
        var reformed = p.GetProperty("reform").GetProperty("fingerprint").GetString();
        Assert.NotEqual(baseline.Fingerprint, reformed);                              // the reform's values are in its fingerprint
        AssertFile(p.GetProperty("reformFile"), "reform.json", reform);
        AssertFile(p.GetProperty("input"), "cases.jsonl", cases);
        Assert.Equal("2026-01-01T00:00:00Z", p.GetProperty("runAt").GetString());     // SOURCE_DATE_EPOCH (Support/ReproducibleRuns)

        var html = File.ReadAllText(report);
        foreach (var fact in new[] { baseline.Fingerprint, reformed!, Sha256(reform), Sha256(cases), "2026-01-01 00:00:00 UTC", "reform.json", "cases.jsonl" })
        {
            Assert.Contains(fact, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Cases_from_standard_input_are_fingerprinted_as_read()
    {
        var cases = CliHarness.Run("population", "--size", "20", "--seed", "5").Stdout;
        var run = CliHarness.RunWithStdin(cases, "compare", "--reform", CliHarness.SamplePath("reform.json"), "-");

        Assert.Equal(0, run.ExitCode);
        using var summary = JsonDocument.Parse(run.Stdout);
        var input = summary.RootElement.GetProperty("provenance").GetProperty("input");
        var bytes = System.Text.Encoding.UTF8.GetBytes(cases);
        Assert.Equal("standard input", input.GetProperty("name").GetString());
        Assert.Equal(bytes.Length, input.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), input.GetProperty("sha256").GetString());
    }

    private static void AssertFile(JsonElement file, string name, string path)
    {
        Assert.Equal(name, file.GetProperty("name").GetString());
        Assert.Equal(new FileInfo(path).Length, file.GetProperty("bytes").GetInt64());
        Assert.Equal(Sha256(path), file.GetProperty("sha256").GetString());
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
