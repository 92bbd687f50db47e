namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy evaluate</c>: one case in, one decision out; exit 0, 2 for an invalid case, 1 when it cannot run.</summary>
public sealed class EvaluateCommandTests
{
    [Fact]
    public void Evaluate_BryanskSample_ExitsZeroWithEligibleDecisionAndMonthlyPayOf40000()
    {
        var sample = CliHarness.SamplePath("bryansk-case.json");
        Assert.True(File.Exists(sample), $"sample missing: {sample}");

        var run = CliHarness.Run("evaluate", sample);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        Assert.True(decision.IsValid, string.Join("; ", decision.Errors));
        Assert.Equal("sample-bryansk-1", decision.CaseId);
        Assert.Equal("Bryansk", decision.Region);
        Assert.Equal(new DateOnly(2024, 10, 1), decision.AsOf);
        Assert.NotNull(decision.Enlistment);
        Assert.Equal(EnlistmentOutcome.Eligible, decision.Enlistment.Outcome);
        var pay = decision.Entitlement(EntitlementKind.MonthlyPay);
        Assert.Equal(EntitlementStatus.Entitled, pay.Status);
        Assert.Equal(40000m, pay.AmountRub);
        Assert.Equal(PaymentPeriod.Month, pay.Period);
    }

    [Fact]
    public void Evaluate_BryanskSample_EveryEntitlementKindAppearsOnceAndEveryFindingHasClaimsAndQuote()
    {
        var run = CliHarness.Run("evaluate", CliHarness.SamplePath("bryansk-case.json"));

        Assert.Equal(0, run.ExitCode);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        Assert.Equal(Enum.GetValues<EntitlementKind>().OrderBy(k => k), decision.Entitlements.Select(e => e.Kind).OrderBy(k => k));
        Assert.NotNull(decision.Service);

        var findings = AllFindings(decision).ToList();
        Assert.NotEmpty(decision.Enlistment!.Findings);
        Assert.All(decision.Entitlements, e => Assert.NotEmpty(e.Findings));
        Assert.All(decision.Obligations, o => Assert.NotEmpty(o.Findings));
        Assert.All(findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.RuleId), "finding without a rule id");
            Assert.NotEmpty(f.Claims);
            Assert.All(f.Claims, c => Assert.False(string.IsNullOrWhiteSpace(c), $"{f.RuleId}: blank claim id"));
            Assert.False(string.IsNullOrWhiteSpace(f.Quote), $"{f.RuleId}: finding without a quote");
        });
    }

    [Fact]
    public void Evaluate_Dash_ReadsTheCaseFromStandardInput()
    {
        var json = File.ReadAllText(CliHarness.SamplePath("bryansk-case.json"));

        var run = CliHarness.RunWithStdin(json, "evaluate", "-");

        Assert.Equal(0, run.ExitCode);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        Assert.True(decision.IsValid, string.Join("; ", decision.Errors));
        Assert.Equal("sample-bryansk-1", decision.CaseId);
        Assert.Equal(EnlistmentOutcome.Eligible, decision.Enlistment!.Outcome);
        Assert.Equal(40000m, decision.Entitlement(EntitlementKind.MonthlyPay).AmountRub);
    }

    [Fact]
    public void Evaluate_FromFileAndFromStandardInput_GiveTheSameDecision()
    {
        var sample = CliHarness.SamplePath("bryansk-case.json");

        var fromFile = CliHarness.Run("evaluate", sample);
        var fromStdin = CliHarness.RunWithStdin(File.ReadAllText(sample), "evaluate", "-");

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }

    [Fact]
    public void Evaluate_Compact_WritesTheDecisionOnASingleLine()
    {
        var sample = CliHarness.SamplePath("bryansk-case.json");

        var compact = CliHarness.Run("evaluate", sample, "--compact");
        var indented = CliHarness.Run("evaluate", sample);

        Assert.Equal(0, compact.ExitCode);
        var lines = compact.StdoutLines;
        Assert.Single(lines);
        Assert.True(indented.StdoutLines.Length > 1, "without --compact the decision is indented over several lines");
        Assert.Equal(PolicyJson.ReadDecision(indented.Stdout), PolicyJson.ReadDecision(lines[0]), DecisionComparer.Instance);
    }

    [Fact]
    public void Evaluate_UnknownRegionAndBirthDateAfterAsOf_ExitsTwoWithErrorsNamingEachPath()
    {
        using var temp = new TempFolder();
        var path = temp.Write("invalid.json", CaseJson.Valid("bad-1", "Atlantis", birthDate: "2030-01-01"));

        var run = CliHarness.Run("evaluate", path);

        Assert.Equal(2, run.ExitCode);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        Assert.False(decision.IsValid);
        Assert.Equal("bad-1", decision.CaseId);
        Assert.Contains(decision.Errors, e => e.Path == "region");
        Assert.Contains(decision.Errors, e => e.Path == "applicant.birthDate");
        Assert.All(decision.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message), $"{e.Path}: error without a message"));
        Assert.Null(decision.Enlistment);
        Assert.Empty(decision.Entitlements);
        Assert.Empty(decision.Obligations);
        Assert.Null(decision.Service);
    }

    [Fact]
    public void Evaluate_InvalidCase_ErrorsArePresentInTheRawJson()
    {
        using var temp = new TempFolder();
        var path = temp.Write("invalid.json", CaseJson.Valid("bad-2", "Atlantis"));

        var run = CliHarness.Run("evaluate", path, "--compact");

        Assert.Equal(2, run.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var errors = doc.RootElement.GetProperty("errors");
        Assert.True(errors.GetArrayLength() > 0);
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("path").GetString() == "region");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, doc.RootElement.GetProperty("enlistment").ValueKind);
    }

    [Fact]
    public void Evaluate_MalformedJson_ExitsTwoWithErrorsRecoversCaseIdAndPrintsNoStackTrace()
    {
        using var temp = new TempFolder();
        var path = temp.Write("broken.json", """{"caseId":"x",""");

        var run = CliHarness.Run("evaluate", path);

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        Assert.False(decision.IsValid);
        Assert.NotEmpty(decision.Errors);
        Assert.All(decision.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal("x", decision.CaseId);
        Assert.Null(decision.Enlistment);
    }

    [Fact]
    public void Evaluate_MalformedJsonOnStandardInput_ExitsTwoWithErrorsAndRecoveredCaseId()
    {
        var run = CliHarness.RunWithStdin("""{"caseId":"x",""", "evaluate", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stdout + run.Stderr, StringComparison.Ordinal);
        var decision = PolicyJson.ReadDecision(run.Stdout);
        Assert.NotEmpty(decision.Errors);
        Assert.Equal("x", decision.CaseId);
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsOneWithMessageNamingTheFileAndNoStackTrace()
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-such-case.json");

        var run = CliHarness.Run("evaluate", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no-such-case.json", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stdout, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Evaluate_WithoutCaseArgument_ExitsOneAndWritesNoDecision()
    {
        var run = CliHarness.Run("evaluate");

        Assert.Equal(1, run.ExitCode);
        Assert.NotEqual("", run.Stderr);
        Assert.DoesNotContain("\"caseId\"", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(CliHarness.StackTraceMarker, run.Stdout + run.Stderr, StringComparison.Ordinal);
    }

    internal static IEnumerable<Finding> AllFindings(PolicyDecision d) =>
        (d.Enlistment?.Findings ?? [])
            .Concat(d.Entitlements.SelectMany(e => e.Findings))
            .Concat(d.Obligations.SelectMany(o => o.Findings))
            .Concat(d.Service?.Findings ?? []);
}

/// <summary>Compares decisions by their JSON, since records holding lists compare lists by reference.</summary>
internal sealed class DecisionComparer : IEqualityComparer<PolicyDecision>
{
    public static readonly DecisionComparer Instance = new();

    public bool Equals(PolicyDecision? x, PolicyDecision? y) =>
        x is null || y is null ? ReferenceEquals(x, y) : PolicyJson.Write(x) == PolicyJson.Write(y);

    public int GetHashCode(PolicyDecision obj) => PolicyJson.Write(obj).GetHashCode(StringComparison.Ordinal);
}
