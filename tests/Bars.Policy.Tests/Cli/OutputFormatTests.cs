using System.Diagnostics;
using System.Text.Json;
using Bars.Policy.Cli;
using Bars.Policy.Tests.Packaging;

namespace Bars.Policy.Tests.Cli;

/// <summary>
/// Text for a person, JSON for a program: a command that answers a person writes text when standard output is a
/// terminal and JSON when it is redirected, unless <c>--format</c> says which (any case); options that cannot all be
/// honoured are refused.
/// </summary>
public sealed class OutputFormatTests
{
    private static CliResult Run(bool terminal, string stdin, params string[] args)
    {
        using var input = Stdin.Of(stdin);
        using var output = new Stdout();
        using var error = new StringWriter();
        var exit = new CliApp(input, output, error, terminal: terminal).Run(args);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    private static CliResult OnTerminal(params string[] args) => Run(true, "", args);

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Fact]
    public void Evaluate_on_a_terminal_tells_the_decision_and_redirected_writes_json()
    {
        var sample = CliHarness.SamplePath("bryansk-case.json");
        var terminal = OnTerminal("evaluate", sample);
        Assert.Equal((0, ""), (terminal.ExitCode, terminal.Stderr));
        Assert.Contains("MonthlyPay: Entitled 40,000 RUB per Month, from 2024-09-01 to 2025-08-31", terminal.Stdout, StringComparison.Ordinal);
        Assert.False(IsJson(terminal.Stdout));

        var redirected = Run(false, "", "evaluate", sample);
        Assert.True(IsJson(redirected.Stdout));
    }

    [Theory]
    [InlineData("JSON")]
    [InlineData("json")]
    [InlineData("Json")]
    public void Format_values_are_case_insensitive(string value)
    {
        var run = OnTerminal("evaluate", CliHarness.SamplePath("bryansk-case.json"), "--format", value);
        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.True(IsJson(run.Stdout));

        var text = Run(false, "", "evaluate", CliHarness.SamplePath("bryansk-case.json"), "--format", "TEXT");
        Assert.StartsWith("Case sample-bryansk-1 — Bryansk, as of", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_refused_naming_the_values()
    {
        var run = OnTerminal("evaluate", CliHarness.SamplePath("bryansk-case.json"), "--format", "yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--format 'yaml' is not one of text, json.", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Why_not_and_timeline_on_a_terminal_are_text()
    {
        var sample = CliHarness.SamplePath("young-applicant.json");
        var whyNot = OnTerminal("evaluate", "--why-not", sample);
        Assert.Equal((0, ""), (whyNot.ExitCode, whyNot.Stderr));
        Assert.Contains("Enlistment: Ineligible", whyNot.Stdout, StringComparison.Ordinal);
        Assert.Contains("Eligible from 2025-05-01, when aged 18 (C1)", whyNot.Stdout, StringComparison.Ordinal);
        Assert.False(IsJson(whyNot.Stdout));

        var timeline = OnTerminal("evaluate", "--timeline", "2024-01-01..2026-12-31", sample);
        Assert.Equal((0, ""), (timeline.ExitCode, timeline.Stderr));
        var lines = CliResult.Lines(timeline.Stdout);
        Assert.Contains("On 2025-05-01:", lines);
        Assert.Contains(lines, l => l.StartsWith("  Enlistment: Ineligible", StringComparison.Ordinal) && l.Contains("→ Eligible", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--why-not", "--explain")]
    [InlineData("--timeline", "2024-01-01..2024-12-31", "--explain")]
    [InlineData("--explain", "--compact")]
    [InlineData("--explain", "--format", "json")]
    [InlineData("--compact", "--format", "text")]
    public void Options_that_cannot_all_be_honoured_are_refused(params string[] options)
    {
        var run = Run(false, "", ["evaluate", CliHarness.SamplePath("young-applicant.json"), .. options]);
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("give one", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--markdown")]
    [InlineData("--changes")]
    [InlineData("--report")]
    public void Compare_refuses_a_second_document_on_standard_output(string option)
    {
        var run = Run(false, "", "compare", "--reform", CliHarness.SamplePath("reform.json"), option, "-", "-");
        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains($"{option} - would write to standard output, where the summary goes", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_on_a_terminal_is_text_without_the_maintainers_words_and_redirected_is_json()
    {
        var run = OnTerminal("rules");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  Payment.MonthlyPayAtRegionalRate (all) [C8, C9, I8, I9]", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Do not edit it by hand", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("mermaid", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("|---", run.Stdout, StringComparison.Ordinal);

        Assert.True(IsJson(Run(false, "", "rules").Stdout));
    }

    [Fact]
    public void Screen_redirected_writes_json()
    {
        var run = Run(false, "", "screen", CliHarness.SamplePath("screen-case.json"));
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("Kursk", json.RootElement.GetProperty("region").GetString());
    }

    [Fact]
    public void Verify_as_json_on_request()
    {
        var run = OnTerminal("verify", "--region", Regions.Bryansk, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal("Bryansk", json.RootElement.GetProperty("regions")[0].GetProperty("region").GetString());
    }

    [Fact]
    public void Help_says_each_command_in_a_line_or_two()
    {
        var run = Run(false, "", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("Distributions", run.Stdout, StringComparison.Ordinal);
        foreach (var command in new[] { "evaluate", "screen", "batch", "rules", "verify", "compare", "population" })
        {
            var help = Run(false, "", command, "--help");
            var description = CliResult.Lines(help.Stdout).SkipWhile(l => !l.StartsWith("Description:", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToArray();
            Assert.True(string.Join(" ", description.Select(l => l.Trim())).Length <= 200, $"{command}: {string.Join("\n", description)}");
        }

        // The population's distributions moved to docs/cli.md, word for word.
        var page = string.Join(' ', File.ReadAllText(Support.Repo.Path("docs", "cli.md")).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(Synthetic.SyntheticCases.UniformDistributions, page, StringComparison.Ordinal);
        Assert.Contains(Synthetic.SyntheticCases.PlausibleDistributions, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tool_on_a_pseudo_terminal_writes_text()
    {
        // script(1) gives the child a terminal for standard output: Console.IsOutputRedirected is false there.
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/script")) return;
        var command = $"'{DotnetProcess.Dotnet}' '{CliProcess.Assembly}' evaluate '{CliHarness.SamplePath("bryansk-case.json")}'";
        var psi = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in new[] { "-qec", command, "/dev/null" }) psi.ArgumentList.Add(arg);
        psi.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var stdout = await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.Contains("MonthlyPay: Entitled 40,000 RUB per Month", stdout, StringComparison.Ordinal);

        var (exit, redirected, _) = CliProcess.Run(Path.GetTempPath(), TimeSpan.FromMinutes(2), "evaluate", CliHarness.SamplePath("bryansk-case.json"));
        Assert.Equal(0, exit);
        Assert.True(IsJson(redirected));
    }

    // Issue 22, point 1: compare printed its JSON summary on a terminal too; its --format is the --changes file's.
    [Fact]
    public void Compare_writes_its_summary_as_text_on_a_terminal_and_JSON_when_redirected_or_asked()
    {
        using var temp = new TempFolder();
        var cases = temp.Write("cases.jsonl", string.Concat(Bars.Policy.Synthetic.SyntheticCases.Stream(seed: 3).Take(200).Select(c => PolicyJson.Write(c) + "\n")));
        string[] compare = ["compare", "--reform", CliHarness.SamplePath("reform.json"), cases];

        var onTerminal = Run(true, "", compare);
        Assert.Equal(0, onTerminal.ExitCode);
        Assert.StartsWith("# Reform comparison\n", onTerminal.Stdout, StringComparison.Ordinal);
        Assert.False(IsJson(onTerminal.Stdout));

        Assert.True(IsJson(Run(true, "", [.. compare, "--summary-format", "json"]).Stdout));
        Assert.True(IsJson(Run(false, "", compare).Stdout));
        Assert.StartsWith("# Reform comparison\n", Run(false, "", [.. compare, "--summary-format", "TEXT"]).Stdout, StringComparison.Ordinal);

        var refused = Run(false, "", [.. compare, "--summary-format", "xml"]);
        Assert.Equal((1, ""), (refused.ExitCode, refused.Stdout));
        Assert.Contains("--summary-format 'xml' is not one of text, json.", refused.Stderr, StringComparison.Ordinal);
    }
}
