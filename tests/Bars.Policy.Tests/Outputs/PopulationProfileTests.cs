using Bars.Policy.Tests.Cli;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Outputs;

/// <summary><c>population --profile uniform|plausible</c> and its help, which documents the distributions.</summary>
public sealed class PopulationProfileTests
{
    [Fact]
    public void Plausible_applicants_are_mostly_of_age_and_mostly_eligible_where_uniform_ones_are_mostly_not()
    {
        var plausible = SyntheticCases.Stream(5, SyntheticProfile.Plausible).Take(4000).ToArray();
        var uniform = SyntheticCases.Stream(5, SyntheticProfile.Uniform).Take(4000).ToArray();

        var ofAge = plausible.Count(c => Age(c) is >= 18 and <= 65) / 4000.0;
        Assert.InRange(ofAge, 0.82, 0.88);                                         // 17 in 20, documented
        Assert.All(plausible, c => Assert.InRange(Age(c), 14, 80));
        Assert.InRange(plausible.Count(c => c.Applicant!.Sex == Sex.Male) / 4000.0, 0.77, 0.83);
        var ineligible = (PolicyCase[] cases) => cases.Count(c => TestEngine.Instance.Evaluate(c).Enlistment!.Outcome == EnlistmentOutcome.Ineligible) / 4000.0;
        Assert.True(ineligible(plausible) < 0.4, $"{ineligible(plausible)}");
        Assert.True(ineligible(uniform) > 0.6, $"{ineligible(uniform)}");
        Assert.All(plausible, c => Assert.True(TestEngine.Instance.Evaluate(c).IsValid));
    }

    [Fact]
    public void Both_profiles_spread_asOf_over_the_whole_lifecycle_with_valid_injuries()
    {
        foreach (var profile in new[] { SyntheticProfile.Uniform, SyntheticProfile.Plausible })
        {
            var cases = SyntheticCases.Stream(9, profile).Take(3000).ToArray();
            Assert.All(cases, c => Assert.True(TestEngine.Instance.Evaluate(c).IsValid, c.CaseId));
            var phases = cases.Select(c => TestEngine.Instance.Evaluate(c)).Where(d => d.Enlistment!.Outcome == EnlistmentOutcome.Eligible)
                .GroupBy(d => d.Service!.Phase).ToDictionary(g => g.Key, g => g.Count());
            foreach (var phase in new[] { ServicePhase.NotStarted, ServicePhase.Training, ServicePhase.Assigned, ServicePhase.Ended, ServicePhase.TerminatedEarly, ServicePhase.NoContract })
            {
                Assert.True(phases.GetValueOrDefault(phase) > 0, $"{profile}: no case in {phase}");
            }

            var terminated = cases.Where(c => c.Contract?.TerminatedEarlyOn is not null).ToArray();
            Assert.Contains(terminated, c => c.Contract!.TerminatedBy == TerminatingParty.Unit);
            Assert.Contains(terminated, c => c.Contract!.TerminatedBy is null);
            Assert.Contains(cases, c => c.Injuries?.Any(i => i.OnDuty == false && i.Date < c.Contract?.StartDate) == true);
        }
    }

    [Fact]
    public void The_uniform_profile_is_the_population_of_before()
    {
        Assert.Equal(SyntheticCases.Stream(3).Take(500), SyntheticCases.Stream(3, SyntheticProfile.Uniform).Take(500));
        Assert.Equal(CliHarness.Run("population", "--size", "50", "--seed", "3").Stdout, CliHarness.Run("population", "--size", "50", "--seed", "3", "--profile", "uniform").Stdout);
        Assert.NotEqual(CliHarness.Run("population", "--size", "50", "--seed", "3").Stdout, CliHarness.Run("population", "--size", "50", "--seed", "3", "--profile", "plausible").Stdout);
    }

    [Fact]
    public void The_docs_document_both_profiles_distributions_and_the_help_points_there()
    {
        // The distributions moved from the help (a paragraph of 1,300 characters) to docs/cli.md (issue 22).
        var help = CliHarness.Run("population", "--help").Stdout;
        Assert.Contains("--profile", help, StringComparison.Ordinal);
        Assert.Contains("not data", help, StringComparison.Ordinal);
        Assert.Contains("docs/cli.md", help, StringComparison.Ordinal);
        var docs = string.Join(' ', File.ReadAllText(Support.Repo.Path("docs", "cli.md")).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("age uniform 0..100", docs, StringComparison.Ordinal);
        Assert.Contains("age 18..65 in 17 of 20 cases", docs, StringComparison.Ordinal);
        Assert.Contains("not data", docs, StringComparison.Ordinal);
    }

    // On the day enlistment is judged (I6): the contract's start, else asOf; the profiles draw ages on that day.
    private static int Age(PolicyCase c)
    {
        var (birth, asOf) = (c.Applicant!.BirthDate!.Value, c.Contract?.StartDate ?? c.AsOf!.Value);
        var years = asOf.Year - birth.Year;
        return birth.AddYears(years) > asOf ? years - 1 : years;
    }
}
