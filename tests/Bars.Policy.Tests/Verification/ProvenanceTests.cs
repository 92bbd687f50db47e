using System.Diagnostics;
using System.Text.Json;
using Bars.Policy.Tests.Cli;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Verification;

/// <summary>Every decision carries the policy that made it: the library version and a fingerprint of the configuration.</summary>
public sealed class ProvenanceTests
{
    private static readonly SourceCitation Order = new("Kursk order 17/2025", "BARS-Kursk members are paid 50,000 roubles a month.");

    private static string Fingerprint(Action<PolicyEngineOptions> configure) => PolicyEngine.Create(configure).Policy.Fingerprint;

    [Fact]
    public void Every_decision_of_an_engine_carries_its_one_policy_object_and_the_json_says_so()
    {
        var engine = TestEngine.Instance;
        var decision = engine.Evaluate(Cases.In(Regions.Bryansk));

        Assert.Same(engine.Policy, decision.Policy);
        Assert.Same(engine.Policy, engine.Evaluate(Cases.In(Regions.Kursk)).Policy);
        Assert.Matches("^sha256:[0-9a-f]{32}$", engine.Policy.Fingerprint);
        Assert.Equal(typeof(PolicyEngine).Assembly.GetName().Version!.ToString(3), engine.Policy.LibraryVersion);

        var json = PolicyJson.Write(decision);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(engine.Policy.Fingerprint, doc.RootElement.GetProperty("policy").GetProperty("fingerprint").GetString());
        Assert.Equal(decision, PolicyJson.ReadDecision(json));

        Assert.Null(engine.Evaluate(Cases.In("Atlantis")).Policy); // nothing was decided
    }

    [Fact]
    public void The_same_configuration_has_the_same_fingerprint_whatever_the_order_of_its_options_or_the_execution()
    {
        var bryansk = new SourceCitation("Bryansk order 3/2025", "The monthly rate is raised to 60,000 roubles.");
        void A(PolicyEngineOptions o) => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), Order)
            .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, new DateOnly(2025, 1, 1), bryansk);
        void B(PolicyEngineOptions o) => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000.00m, new DateOnly(2025, 1, 1), bryansk)
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), Order);

        Assert.Equal(Fingerprint(A), Fingerprint(B));
        Assert.Equal(Fingerprint(_ => { }), Fingerprint(o => o.Execution = PolicyExecution.Rete));
        Assert.Equal(Fingerprint(_ => { }), PolicyEngine.CreateDefault().Policy.Fingerprint);
    }

    [Fact]
    public void Any_change_to_the_configuration_gives_another_fingerprint()
    {
        var fingerprints = new[]
        {
            Fingerprint(_ => { }),
            Fingerprint(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), Order)),
            Fingerprint(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_001m, new DateOnly(2025, 1, 1), Order)),
            Fingerprint(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 2), Order)),
            Fingerprint(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), Order, new DateOnly(2025, 12, 31))),
            Fingerprint(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), Order with { Quote = "Another quote." })),
            Fingerprint(o => o.Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), Order with { Id = "Kursk order 18/2025" })),
            Fingerprint(o => o.DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "Repealed.")),
            Fingerprint(o => o.DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "Repealed by order 18.")),
            Fingerprint(o => o.AddRegion("Exampleshire")),
            Fingerprint(o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(HostRules).Assembly)),
        };

        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Fact]
    public void A_rule_is_fingerprinted_by_its_code_and_its_captured_values_not_only_its_name()
    {
        static string With(string amount) => PolicyEngine.Create(o => o.AddRegion("Verifyland").AddRuleSet(CompiledRuleSet.From($$"""
            [AppliesTo("Verifyland")]
            [Name("Verifyland.Veterans")]
            [Description("Verifyland members receive combat veteran status.")]
            public sealed class Veterans : Rule
            {
                public static readonly SourceCitation Order = new("Verifyland order 5", "Members are veterans.");
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.Age >= Limit());
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, Order, "A veteran."));
                }

                private static int Limit() => {{amount}};
            }
            """, "VerifylandRules"))).Policy.Fingerprint;

        // Same names, same expressions, one assembly name: only the helper's body differs.
        Assert.Equal(With("40"), With("40"));
        Assert.NotEqual(With("40"), With("41"));
    }

    [Fact]
    public void The_fingerprint_is_the_same_in_two_separate_processes_and_in_this_one()
    {
        var first = FingerprintOfProcess();
        var second = FingerprintOfProcess();

        Assert.Equal(first, second);
        Assert.Equal(PolicyEngine.CreateDefault().Policy.Fingerprint, first);
    }

    // bars-policy rules --format json in a child process, its policy's fingerprint.
    private static string FingerprintOfProcess()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { CliProcess.Assembly, "rules", "--format", "json" }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.GetProperty("policy").GetProperty("fingerprint").GetString()!;
    }
}
