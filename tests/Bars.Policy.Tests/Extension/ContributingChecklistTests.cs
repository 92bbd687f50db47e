using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Extension;

// docs/contributing.md's "Add a rule" and "Add a region", followed step by step for a made-up region and rule (test
// data, not policy): each test holds one promise of the checklists, so a step that stops working, or a checklist
// that stops being enough, fails here. (Written first for members on asOf only, the rule failed Verify: family
// privileges are a status, held for good (I8) — the checklist's "a clean verify" caught it.)

/// <summary>The test-only region and its host's source.</summary>
internal static class Checkshire
{
    public const string Region = "Checkshire";

    public const string OrderId = "Checkshire order 7";

    // The test-only rule, written by the checklist as a host project would: one claim, a name, a description, a tag for
    // the citation, a region scope, a parameter read by name, the decision recorded through Decide in the action.
    // Compiled at test time into its own assembly: this test assembly is itself a rule set other tests add.
    private const string RuleSource = """
        public static class CheckshireOrders
        {
            public static readonly SourceCitation Order7 = new("Checkshire order 7", "Members serving a year or more, and their families, enjoy the unit's family privileges.");
        }

        [AppliesTo("Checkshire")]
        [Name("Checkshire.FamilyPrivilegesForAnnualContracts")]
        [Description("A Checkshire member under a contract of at least the annual contract's months has family privileges, for good.")]
        [Tag("Checkshire order 7")]
        public sealed class CheckshireFamilyPrivileges : Rule
        {
            public override void Define()
            {
                Membership m = null!;
                When().Match(() => m, x => x.HasBeenMember, x => x.Case.Contract!.Months >= x.Case.ValueOf(Parameter.AnnualContractMonths));
                Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.FamilyPrivileges, null, null, m.Period!.Start, null, CheckshireOrders.Order7,
                    "A Checkshire member under an annual contract has family privileges from the contract's first day, for good (I8)."));
            }
        }
        """;

    private static readonly Lazy<System.Reflection.Assembly> Rules = new(() => Verification.CompiledRuleSet.From(RuleSource, "Checkshire.Rules"));

    public static readonly SourceCitation Order7 = new(OrderId, "Members serving a year or more, and their families, enjoy the unit's family privileges.");

    public static readonly DateOnly From = new(2024, 1, 1);

    /// <summary>The region added by "Add a region" (a host's region): its name, its rule set, its values.</summary>
    public static PolicyEngine Engine(PolicyExecution execution = PolicyExecution.Sequential) => PolicyEngine.Create(o =>
    {
        o.Execution = execution;
        o.AddRegion(Region)
            .AddRuleSet(Rules.Value)
            .Parameters.Set(Region, Parameter.AnnualContractMonths, 12m, From, Order7);
    });
}

public sealed class ContributingChecklistTests
{
    private static readonly PolicyEngine Engine = Checkshire.Engine();

    private static PolicyCase Annual => Cases.In(Checkshire.Region, Cases.Man(), Cases.Contract(months: 12));

    private static PolicyCase HalfYear => Cases.In(Checkshire.Region, Cases.Man(), Cases.Contract(months: 6));

    [Fact]
    public void The_rule_keeps_to_the_shape_the_sequential_plan_runs()
    {
        var execution = Engine.ExecutionOf(Checkshire.Region);

        Assert.Equal((PolicyExecution.Sequential, (string?)null), (execution.Execution, execution.Reason));
    }

    [Fact]
    public void Its_anatomy_names_the_parameter_it_reads_and_the_outcome_it_records_from_the_code_alone()
    {
        var rule = Assert.Single(Engine.RulesIn(Checkshire.Region), r => r.Name == "Checkshire.FamilyPrivilegesForAnnualContracts");

        Assert.Equal([Parameter.AnnualContractMonths], rule.Parameters);
        Assert.Equal(["FamilyPrivileges"], rule.Outcomes);
        Assert.Equal([Checkshire.Region], rule.Regions!);
        Assert.DoesNotContain(Engine.RulesIn(Regions.Kursk), r => ReferenceEquals(r, rule));
    }

    [Fact]
    public void The_catalogue_lists_it_with_its_claim_parameter_and_outcome()
    {
        var entry = Assert.Single(Engine.Describe().Rules, r => r.Name == "Checkshire.FamilyPrivilegesForAnnualContracts");

        Assert.Equal([Checkshire.Region], entry.Regions);
        Assert.Equal([Checkshire.OrderId], entry.Claims);
        Assert.Equal(["AnnualContractMonths"], entry.Parameters);
        Assert.Equal(["FamilyPrivileges"], entry.Decides);
    }

    [Theory]
    [InlineData(PolicyExecution.Sequential)]
    [InlineData(PolicyExecution.Rete)]
    public void A_member_under_an_annual_contract_is_entitled_citing_and_quoting_the_hosts_source_with_the_value_read(PolicyExecution execution)
    {
        var decision = Checkshire.Engine(execution).Evaluate(Annual);

        var privileges = decision.Entitlements.Single(e => e.Kind == EntitlementKind.FamilyPrivileges);
        Assert.Equal(EntitlementStatus.Entitled, privileges.Status);
        var finding = Assert.Single(privileges.Findings);
        Assert.Equal(("Checkshire.FamilyPrivilegesForAnnualContracts", Checkshire.Order7.Quote), (finding.RuleId, finding.Quote));
        Assert.Equal([Checkshire.OrderId], finding.Claims);
        var read = Assert.Single(privileges.Parameters);
        Assert.Equal((Parameter.AnnualContractMonths, 12m, Checkshire.OrderId), (read.Name, read.Value, read.Citation.Id));
        Assert.Equal((Annual.Contract!.StartDate, (DateOnly?)null), (privileges.From, privileges.To));
    }

    [Fact]
    public void Where_the_rule_does_not_decide_the_librarys_default_for_silence_does()
    {
        var privileges = Engine.Evaluate(HalfYear).Entitlements.Single(e => e.Kind == EntitlementKind.FamilyPrivileges);

        Assert.Equal((EntitlementStatus.Undetermined, (UndeterminedReason?)UndeterminedReason.SourceSilent), (privileges.Status, privileges.UndeterminedReason));
    }

    [Fact]
    public void The_region_verifies_clean_and_both_executions_agree()
    {
        var verification = Engine.Verify([Checkshire.Region]);
        Assert.True(verification.IsClean, verification.ToText());
        var rete = Checkshire.Engine(PolicyExecution.Rete);
        Assert.Equal(Engine.Evaluate(Annual), rete.Evaluate(Annual));
        Assert.Equal(Engine.Evaluate(HalfYear), rete.Evaluate(HalfYear));
    }

    [Fact]
    public void The_fingerprint_changes_with_the_region_and_the_shipped_regions_decide_as_before()
    {
        Assert.NotEqual(TestEngine.Instance.Policy.Fingerprint, Engine.Policy.Fingerprint);
        var kursk = Cases.In(Regions.Kursk, Cases.Man(), Cases.Contract());
        var shipped = TestEngine.Instance.Evaluate(kursk);
        var hosted = Engine.Evaluate(kursk);

        Assert.Equal(shipped.Enlistment, hosted.Enlistment);
        Assert.Equal(shipped.Entitlements, hosted.Entitlements);
        Assert.Equal(shipped.Obligations, hosted.Obligations);
        Assert.Equal(shipped.Service, hosted.Service);
    }
}
