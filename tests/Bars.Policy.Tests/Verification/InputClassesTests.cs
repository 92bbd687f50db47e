using Bars.Policy.Tests.Support;
using Bars.Policy.Verification;

namespace Bars.Policy.Tests.Verification;

/// <summary>The input classes are read off the rules' own conditions and the parameters in force, not written by hand.</summary>
public sealed class InputClassesTests
{
    private static string[] Labels(InputClasses classes, string field) =>
        classes.Fields.Single(f => f.Name == field).Classes.Select(c => c.Label).ToArray();

    [Fact]
    public void The_shipped_rules_give_the_ages_contract_lengths_days_and_injuries_they_turn_on()
    {
        var classes = TestEngine.Instance.ClassesOf(Regions.Bryansk);

        // C1: 18 to 65 inclusive, on the contract's start (I6); and a birthday at each cut after the start.
        Assert.Equal(["17", "18", "65", "66", "17, 18 from day 2", "65, 66 from day 2"], Labels(classes, "age"));
        Assert.Equal(["none", "5", "6", "7", "11", "12", "13"], Labels(classes, "contract months"));     // C10: 6 and 12, and lengths it does not price
        Assert.Equal(["not started", "day 1", "day 21", "day 22", "last day", "after the end"], Labels(classes, "contract day")); // C4: 21 days of training
        Assert.Equal(["0", "1", "2"], Labels(classes, "injuries on duty"));                                // C5: one injury, several
        Assert.Equal(["no", "by the volunteer", "by the unit"], Labels(classes, "early termination"));    // C11, I13
        Assert.Equal(["none", "before the start", "within the term", "after the term"], Labels(classes, "injury off duty")); // I12
        Assert.Equal(["Male", "Female"], Labels(classes, "sex"));
        // The contract's seven flags (claims C2, C3, C12, C14, C19), named here rather than taken from the declaration.
        string[] flags = ["healthRestriction", "missingLimbOrProsthesis", "medicalQualification", "publicOfficial", "criminalConviction", "activeMilitary", "formerWarParticipant"];
        foreach (var flag in flags) Assert.Equal(["false", "true"], Labels(classes, flag));
        Assert.Equal(["2024-10-01"], Labels(classes, "asOf"));
        Assert.Equal(6L * 2 * 128 * 7 * 6 * 3 * 3 * 4, classes.Combinations);
        Assert.Empty(classes.Unread);
    }

    [Fact]
    public void A_host_rule_with_its_own_threshold_is_split_on_it()
    {
        var rules = CompiledRuleSet.From("""
            [AppliesTo("Verifyland")]
            [Name("Verifyland.VeteransFromForty")]
            [Description("Verifyland members from 40 receive combat veteran status.")]
            public sealed class VeteransFromForty : Rule
            {
                public static readonly SourceCitation Order = new("Verifyland order 1", "Members aged 40 or more are veterans.");
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.Age >= 40, x => 3 > x.Case.OnDutyInjuries);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, Order, "A veteran from 40."));
                }
            }
            """);
        var engine = PolicyEngine.Create(o => o.AddRegion("Verifyland").AddRuleSet(rules));
        var classes = engine.ClassesOf("Verifyland");

        Assert.Equal(["17", "18", "39", "40", "65", "66", "17, 18 from day 2", "39, 40 from day 2", "65, 66 from day 2"], Labels(classes, "age"));
        Assert.Equal(["0", "1", "2", "3"], Labels(classes, "injuries on duty")); // 3 > n turns between 2 and 3
        Assert.Equal(["17", "18", "65", "66", "17, 18 from day 2", "65, 66 from day 2"], Labels(engine.ClassesOf(Regions.Kursk), "age")); // scoped to its region
    }

    [Fact]
    public void A_host_value_from_a_date_adds_its_period_and_its_value()
    {
        var order = new SourceCitation("Verifyland order 2", "Training lasts thirty days from 2025.");
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Kursk, Parameter.TrainingDays, 30m, new DateOnly(2025, 1, 1), order)
            .Set(Regions.Kursk, Parameter.MinimumAge, 21m, new DateOnly(2025, 1, 1), order, new DateOnly(2025, 12, 31)));
        var classes = engine.ClassesOf(Regions.Kursk);

        Assert.Equal(["2024-10-01", "2025-01-01", "2026-01-01"], Labels(classes, "asOf"));
        Assert.Equal(["17", "18", "20", "21", "65", "66", "17, 18 from day 2", "20, 21 from day 2", "65, 66 from day 2"], Labels(classes, "age"));
        Assert.Equal(["not started", "day 1", "day 21", "day 22", "day 30", "day 31", "last day", "after the end"], Labels(classes, "contract day"));
    }

    [Fact]
    public void A_comparison_the_classes_cannot_split_on_is_reported_with_its_rule()
    {
        var rules = CompiledRuleSet.From("""
            [AppliesTo("Verifyland")]
            [Name("Verifyland.LateVeterans")]
            [Description("Verifyland members seen from 2026 receive combat veteran status.")]
            public sealed class LateVeterans : Rule
            {
                public static readonly SourceCitation Order = new("Verifyland order 3", "From 2026 members are veterans.");
                public override void Define()
                {
                    Membership m = null!;
                    When().Match(() => m, x => x.IsMember, x => x.Case.AsOf.Year >= 2026);
                    Then().Do(ctx => Decide.Entitled(ctx, EntitlementKind.CombatVeteranStatus, null, null, Order, "A veteran from 2026."));
                }
            }
            """);
        var classes = PolicyEngine.Create(o => o.AddRegion("Verifyland").AddRuleSet(rules)).ClassesOf("Verifyland");

        Assert.Contains(classes.Unread, u => u.StartsWith("Verifyland.LateVeterans:", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_combination_is_one_valid_case_or_none_and_the_fast_subset_holds_each_once()
    {
        var classes = TestEngine.Instance.ClassesOf(Regions.Kursk);
        var random = new Random(14);
        for (var k = 0; k < 2000; k++)
        {
            var index = random.NextInt64(classes.Combinations);
            var choice = classes.ChoiceAt(index);
            Assert.Equal(index, classes.IndexOf(choice));
            if (classes.Build(choice, "c") is { } c) Assert.True(TestEngine.Evaluate(c).IsValid, classes.Describe(choice));
        }

        var subset = classes.FastSubset();
        Assert.Equal(subset.Count, subset.Select(classes.IndexOf).Distinct().Count());
        Assert.InRange(subset.Count(c => classes.Build(c, "c") is not null), 100, 1500);
    }
}
