using Microsoft.Extensions.DependencyInjection;

namespace Bars.Policy.Samples.ConsoleHost;

/// <summary>A host that adds a fictitious fourth region from its own assembly and fills Kursk monthly pay from a date.</summary>
public static class Sample
{
    public static readonly SourceCitation KurskOrder = new(
        "Kursk order 17/2025 (fictitious example)",
        "BARS-Kursk members are paid 50,000 roubles a month from 1 January 2025.");

    public static PolicyEngine BuildEngine()
    {
        var services = new ServiceCollection().AddBarsPolicy(o => o
            .AddRegion(Exampleshire.Region)
            .AddRuleSet(typeof(Sample).Assembly)
            .Parameters
            .Set(Exampleshire.Region, Parameter.MonthlyPayRub, 45_000m, new DateOnly(2025, 1, 1), Exampleshire.Order1)
            .Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2025, 1, 1), KurskOrder));
        return services.BuildServiceProvider().GetRequiredService<PolicyEngine>();
    }

    public static void Run(TextWriter output)
    {
        var engine = BuildEngine();
        var applicant = new Applicant(new DateOnly(1985, 3, 1), Sex.Male);
        foreach (var (region, asOf) in new[] { (Regions.Kursk, new DateOnly(2024, 12, 31)), (Regions.Kursk, new DateOnly(2025, 1, 1)), (Exampleshire.Region, new DateOnly(2025, 2, 1)) })
        {
            // A member: a 12-month contract from 1 December 2024. Pay is a member's, day by day at the rate in force (I9).
            var contract = new Contract(12, new DateOnly(2024, 12, 1));
            var decision = engine.Evaluate(new PolicyCase($"{region}-{asOf:yyyyMMdd}", region, asOf, applicant, contract));
            output.WriteLine($"{region} on {asOf:yyyy-MM-dd}: {decision.Enlistment!.Outcome}");
            foreach (var kind in new[] { EntitlementKind.MonthlyPay, EntitlementKind.CombatVeteranStatus })
            {
                var e = decision.Entitlement(kind);
                var finding = e.Findings[0];
                output.WriteLine($"  {kind}: {e.Status}{(e.AmountRub is { } a ? $" {a:N0} RUB/{e.Period}" : "")}{(e.From is { } from ? $" from {from:yyyy-MM-dd}" : "")} [{string.Join(", ", finding.Claims)}] {finding.Text}");
            }
        }
    }
}
