using System.Diagnostics;
using System.Globalization;
using Bars.Policy.Cli;

namespace Bars.Policy.Benchmarks;

/// <summary>
/// <c>--explanations N</c>: the evaluations and wall time per question of each explanation over N generated cases,
/// one pass after a warm-up (a Stopwatch, not BenchmarkDotNet: indicative, for the evaluation counts).
/// </summary>
internal static class ExplanationCost
{
    public const string Switch = "--explanations";

    public static PolicyCase[] Cases(int count) => SyntheticCases.Valid(count, seed: 2024).ToArray();

    // Two facts the case does not state as true, as not known yet.
    public static PolicyCase WithUnknowns(PolicyCase c) => c with
    {
        Unknown = new (string Name, bool Given)[] { ("healthRestriction", c.Applicant!.HealthRestriction), ("criminalConviction", c.Applicant.CriminalConviction), ("activeMilitary", c.Applicant.ActiveMilitary) }
            .Where(f => !f.Given).Select(f => f.Name).Take(2).ToArray(),
    };

    public static int Run(int count)
    {
        var engine = PolicyEngine.CreateDefault();
        var cases = Cases(count);
        Measure("why not", cases, c => engine.WhyNot(c).Evaluations);
        Measure("screen (2 unknowns)", cases, c => engine.Screen(WithUnknowns(c)).Evaluations);
        Measure("timeline (3 years)", cases, c => engine.Timeline(c, c.AsOf!.Value.AddYears(-1), c.AsOf.Value.AddYears(2)).Evaluations);
        return 0;
    }

    private static void Measure(string name, PolicyCase[] cases, Func<PolicyCase, int> ask)
    {
        foreach (var c in cases.Take(10)) ask(c);
        var evaluations = new List<int>(cases.Length);
        var clock = Stopwatch.StartNew();
        foreach (var c in cases) evaluations.Add(ask(c));
        clock.Stop();
        evaluations.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {clock.Elapsed.TotalMilliseconds / cases.Length:0.00} ms per question; evaluations per question mean {evaluations.Average():0}, median {evaluations[evaluations.Count / 2]}, max {evaluations[^1]}"));
    }
}
