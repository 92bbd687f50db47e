using Bars.Policy.Cli;
using Bars.Policy.Tests.Verification;

namespace Bars.Policy.Tests.Cli;

/// <summary><c>bars-policy verify</c>: the report, exit 0 when clean and 1 otherwise, the counterexample ready for <c>evaluate -</c>.</summary>
public sealed class VerifyCommandTests
{
    private static CliResult Run(PolicyEngine engine, params string[] args)
    {
        using var output = new Stdout();
        using var error = new StringWriter();
        var exit = new CliApp(Stdin.Of(""), output, error, engine).Run(args);
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void The_shipped_policy_verifies_with_exit_0_reporting_the_class_count_no_clash_no_gap_and_the_time()
    {
        var run = CliHarness.Run("verify", "--format", "text", "--region", Regions.Bryansk);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^Bryansk: 2,322,432 class combinations, [0-9,]+ cases, 0 clashes, 0 gaps, 0 failed, [0-9.]+ s$", run.StdoutLines[1]);
        Assert.Contains("  age: 17, 18, 65, 66, 17, 18 from day 2, 65, 66 from day 2", run.StdoutLines);
        Assert.Contains("  early termination: no, by the volunteer, by the unit", run.StdoutLines);
        Assert.Contains("Verified: clean.", run.StdoutLines);
        Assert.StartsWith($"Policy {PolicyEngine.CreateDefault().Policy.LibraryVersion}, fingerprint sha256:", run.StdoutLines[0], StringComparison.Ordinal);
        Assert.Equal("", run.Stderr);
    }

    [Fact]
    public void A_failing_configuration_exits_1_with_each_failure_and_a_counterexample_that_evaluate_reads()
    {
        var rules = CompiledRuleSet.From("""
            [AppliesTo("Verifyland")]
            [Name("Verifyland.Officials")]
            [Description("Fails for officials.")]
            public sealed class Officials : Rule
            {
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.PublicOfficial, x => x.Case.FormerWarParticipant, x => x.Case.MedicalQualification);
                    Then().Do(ctx => Fail());
                }

                private static void Fail() => throw new InvalidOperationException("officials are not handled.");
            }
            """);
        var engine = PolicyEngine.Create(o => o.AddRegion("Verifyland").AddRuleSet(rules));

        var run = Run(engine, "verify", "--format", "text", "--region", "Verifyland");

        Assert.Equal(1, run.ExitCode);
        var fail = Array.FindIndex(run.StdoutLines, l => l.StartsWith("FAIL Throws in Verifyland", StringComparison.Ordinal));
        Assert.True(fail >= 0, run.Stdout);
        Assert.Contains("officials are not handled.", run.StdoutLines[fail], StringComparison.Ordinal);
        var json = run.StdoutLines[fail + 2].Trim();
        Assert.Empty(PolicyJson.ReadCase(json).Errors); // a case, as evaluate reads it
        var thrown = Assert.Throws<PolicyEvaluationException>(() => engine.EvaluateJson(json));
        Assert.Equal("Verifyland.Officials", thrown.RuleName);
        Assert.Contains("Not verified.", run.StdoutLines);
    }

    [Fact]
    public void An_unknown_region_is_refused_with_exit_1()
    {
        var run = CliHarness.Run("verify", "--region", "Atlantis");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains("'Atlantis' is not a region: expected one of Belgorod, Bryansk, Kursk.", run.Stderr, StringComparison.Ordinal);
    }
}
