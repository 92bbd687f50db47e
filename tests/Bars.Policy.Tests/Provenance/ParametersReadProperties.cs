using Bars.Policy.Catalog;
using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Sequential;

namespace Bars.Policy.Tests.Provenance;

/// <summary>
/// Every outcome lists exactly the parameter values in force on the case's date that the rules of its findings read:
/// checked against the catalogue (which rule reads which parameter; every value with its period and citation) for
/// every rule set of the suite — shipped, host rules, host values, a reform — and the host rule compiled apart.
/// </summary>
public sealed class ParametersReadProperties
{
    private static readonly Lazy<(string Name, PolicyEngine Engine, PolicyCatalog Catalog)[]> Engines = new(() =>
        ExecutionEngines.All.SelectMany(e => new[] { (e.Name, e.Sequential), (e.Name + " (rete)", e.Rete) })
            .Append(("paramland", PolicyEngine.Create(CompiledHostRuleSet.Configure)))
            .Select(e => (e.Item1, e.Item2, e.Item2.Describe()))
            .ToArray());

    [PolicyProperty]
    public void Each_outcome_lists_the_values_in_force_that_its_rules_read(CaseSpec s, uint pick)
    {
        var (name, engine, catalog) = Engines.Value[(int)(pick % (uint)Engines.Value.Length)];
        var c = (s with { Region = engine.Regions[(int)(pick / 7 % (uint)engine.Regions.Count)] }).ToCase();
        var d = engine.Evaluate(c);
        Assert.True(d.IsValid, string.Join("; ", d.Errors));

        var reads = catalog.Rules.ToDictionary(r => r.Name, r => r.Parameters);
        foreach (var (outcome, findings, listed) in OutcomesOf(d))
        {
            var read = findings.SelectMany(f => reads[f.RuleId]).ToHashSet();
            var expected = Enum.GetValues<Parameter>()
                .Where(p => read.Contains(p.ToString()))
                .Select(p => InForce(catalog, c.Region!, p, DayOf(p, c)))
                .OfType<CatalogParameter>()
                .ToArray();

            Assert.True(
                expected.Length == listed.Count,
                $"{name}, {outcome}: the rules {string.Join(", ", findings.Select(f => f.RuleId))} read [{string.Join(", ", expected.Select(e => e.Name))}] in force, but it lists [{string.Join(", ", listed)}]");
            for (var i = 0; i < expected.Length; i++)
            {
                var (want, got) = (expected[i], listed[i]);
                Assert.Equal(
                    (want.Name, want.Value, want.EffectiveFrom, want.EffectiveTo, want.Claims[0], want.Quote),
                    (got.Name.ToString(), got.Value, got.EffectiveFrom, got.EffectiveTo, got.Citation.Id, got.Citation.Quote));
            }
        }
    }

    // The day each value is read on, per claims.md's readings: ages on the day enlistment is judged (I6: the
    // contract's start, else asOf); a contract's terms on its start; monthly pay on asOf, brought within the days of
    // the contract in force (I9); an injury's compensation on the one injury on duty's day.
    private static DateOnly DayOf(Parameter p, PolicyCase c)
    {
        var asOf = c.AsOf!.Value;
        if (c.Contract is not { } k) return asOf;
        var start = k.StartDate!.Value;
        var last = (k.TerminatedEarlyOn ?? start.AddMonths(k.Months!.Value)).AddDays(-1);
        var payDay = last < start ? start : asOf < start ? start : asOf > last ? last : asOf;
        var onDuty = (c.Injuries ?? []).Where(i => i.OnDuty == true).ToArray();
        return p switch
        {
            Parameter.MonthlyPayRub => payDay,
            Parameter.InjuryOnDutyCompensationRub => onDuty.Length == 1 ? onDuty[0].Date!.Value : payDay,
            _ => start,
        };
    }

    // The value of the catalogue in force on the day: a host's period holding it, else the shipped (undated) value.
    private static CatalogParameter? InForce(PolicyCatalog catalog, string region, Parameter parameter, DateOnly day)
    {
        var values = catalog.Parameters.Where(v => v.Region == region && v.Name == parameter.ToString()).ToArray();
        return values.FirstOrDefault(v => v.EffectiveFrom is { } from && from <= day && (v.EffectiveTo is not { } to || day <= to))
            ?? values.FirstOrDefault(v => v.EffectiveFrom is null);
    }

    private static IEnumerable<(string Outcome, IReadOnlyList<Finding> Findings, IReadOnlyList<ParameterValue> Listed)> OutcomesOf(PolicyDecision d)
    {
        yield return ("enlistment", d.Enlistment!.Findings, d.Enlistment.Parameters);
        foreach (var e in d.Entitlements) yield return (e.Kind.ToString(), e.Findings, e.Parameters);
        foreach (var o in d.Obligations) yield return (o.Kind.ToString(), o.Findings, o.Parameters);
        yield return ("service", d.Service!.Findings, d.Service.Parameters);
    }
}
