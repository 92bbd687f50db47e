using Bars.Policy.Samples.ConsoleHost;
using Bars.Policy.Tests.Extension;

namespace Bars.Policy.Tests.Sequential;

/// <summary>
/// The rule sets the equality property runs, each built once per execution: the shipped policy, the test host's
/// rules, the console sample's, host parameters on every shipped region, and a reform; and each once more with the
/// shipped rules run from their expressions rather than as the C# compiled with the library.
/// </summary>
internal static class ExecutionEngines
{
    private static readonly DateOnly From = new(2024, 6, 1);

    public static readonly IReadOnlyList<(string Name, Action<PolicyEngineOptions> Configure)> Configurations =
    [
        ("shipped", _ => { }),
        ("test host", o => o.AddRegion(HostRules.Testland).AddRuleSet(typeof(HostRules).Assembly)),
        ("console sample", o => o
            .AddRegion(Exampleshire.Region)
            .AddRuleSet(typeof(Sample).Assembly)
            .Parameters
            .Set(Exampleshire.Region, Parameter.MonthlyPayRub, 45_000m, new DateOnly(2025, 1, 1), Exampleshire.Order1)
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), new SourceCitation("Kursk order (test)", "50,000 a month."))),
        ("host parameters", o =>
        {
            foreach (var region in Regions.All)
            {
                o.Parameters.Set(region, Parameter.MaximumAge, 61, From, new SourceCitation("Host order 2", "Up to 61."));
                o.Parameters.Set(region, Parameter.TrainingDays, 23, From, new SourceCitation("Host order 2", "23 days of training."));
                o.Parameters.Set(region, Parameter.InjuryOnDutyCompensationRub, 1_234_567, From, new SourceCitation("Host order 2", "1,234,567 for an injury."));
            }
        }),
        ("reform", o => o.Parameters
            .Set(Regions.Bryansk, Parameter.MonthlyPayRub, 60_000m, From, new SourceCitation("Reform A", "60,000 a month in Bryansk."))
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, From, new SourceCitation("Reform A", "50,000 a month in Kursk."))),
    ];

    private static readonly Lazy<(string Name, PolicyEngine Sequential, PolicyEngine Rete)[]> Built = new(() =>
        Configurations.Select(c => (c.Name, Build(c.Configure, PolicyExecution.Sequential), Build(c.Configure, PolicyExecution.Rete))).ToArray());

    public static IReadOnlyList<(string Name, PolicyEngine Sequential, PolicyEngine Rete)> All => Built.Value;

    // The third execution: the sequential plan with every rule run from its expressions, the shipped rules' compiled
    // C# set aside (the plan a host's own rules get, and the shipped rules' before issue 24).
    private static readonly Lazy<PolicyEngine[]> FromExpressionsBuilt = new(() =>
        Configurations.Select(c => PolicyEngine.Create(o =>
        {
            c.Configure(o);
            o.Execution = PolicyExecution.Sequential;
            o.UseCompiledRules = false;
        })).ToArray());

    /// <summary>Each configuration of <see cref="All"/>, in the same order, run sequentially from the rules' expressions alone.</summary>
    public static IReadOnlyList<PolicyEngine> FromExpressions => FromExpressionsBuilt.Value;

    /// <summary>The shipped policy, one engine per execution.</summary>
    public static PolicyEngine Shipped(PolicyExecution execution) => execution == PolicyExecution.Sequential ? All[0].Sequential : All[0].Rete;

    public static PolicyEngine Build(Action<PolicyEngineOptions> configure, PolicyExecution execution) =>
        PolicyEngine.Create(o =>
        {
            configure(o);
            o.Execution = execution;
        });
}
