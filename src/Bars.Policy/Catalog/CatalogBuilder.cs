using Bars.Policy.Parameters;

namespace Bars.Policy.Catalog;

/// <summary>Builds the catalogue of an engine from its rules' metadata, its parameters, and probe cases it evaluates.</summary>
internal static class CatalogBuilder
{
    // The day the probes are evaluated on; host values dated later do not show among the silences.
    private static readonly DateOnly ProbeDay = new(2024, 10, 1);

    public static PolicyCatalog Build(PolicyEngine engine)
    {
        var rules = engine.Rules
            .Select(r => new CatalogRule(
                r.Definition.Name,
                Area(r.Definition.Name),
                r.Regions ?? ["all"],
                r.Definition.Description,
                r.Definition.Tags.Where(t => !IsInterpretation(t)).ToArray(),
                r.Definition.Tags.Where(IsInterpretation).ToArray(),
                r.Parameters.Select(p => p.ToString()).ToArray(),
                r.Outcomes))
            .OrderBy(r => AreaOrder(r.Area)).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToArray();

        var cited = rules.SelectMany(r => r.Claims).ToHashSet(StringComparer.Ordinal);
        var claims = Claims.All.Where(c => cited.Contains(c.Id)).Select(c => new CatalogClaim(c.Id, c.Quote)).ToArray();

        return new PolicyCatalog(rules, claims, ReadingsOf(rules), Parameters(engine), Silences(engine), engine.DisabledRules, engine.Regions.Select(engine.ExecutionOf).ToArray(), engine.Policy);
    }

    // The readings the rules cite, and those the engine's own findings cite (I11: unknown facts), each once.
    private static CatalogReading[] ReadingsOf(IEnumerable<CatalogRule> rules) =>
        rules.SelectMany(r => r.Interpretations)
            .Concat(Readings.All.Select(r => r.Id))
            .Where(Policy.Parameters.Readings.ById.ContainsKey)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(Policy.Parameters.Readings.Number)
            .Select(id => new CatalogReading(id, Policy.Parameters.Readings.ById[id]))
            .ToArray();

    private static List<CatalogParameter> Parameters(PolicyEngine engine)
    {
        var list = new List<CatalogParameter>();
        foreach (var region in engine.Regions)
        {
            var timeline = engine.ParametersOf(region);
            foreach (var name in Enum.GetValues<Parameter>())
            {
                if (timeline.Shipped[name] is { } shipped) list.Add(Describe(region, shipped));
            }

            list.AddRange(timeline.HostValues.Select(v => Describe(region, v)));
        }

        return list;
    }

    private static CatalogParameter Describe(string region, ParameterValue v) =>
        new(region, v.Name.ToString(), v.Value, v.EffectiveFrom, v.EffectiveTo, [v.Citation.Id], v.Citation.Quote);

    // Probes: an eligible member in the term of his contract who hits every entitlement question (I8: an entitlement is
    // asked while a member), the same member after he ended the contract early (the repayment, I13), and applicants the
    // enlistment rules may leave open.
    private static List<CatalogSilence> Silences(PolicyEngine engine)
    {
        var list = new List<CatalogSilence>();
        var member = new Applicant(ProbeDay.AddYears(-40), Sex.Male, PublicOfficial: true);
        var contract = new Contract(12, ProbeDay.AddDays(-60));
        var terminated = contract with { TerminatedEarlyOn = ProbeDay.AddDays(-1) };
        Injury[] injury = [new(ProbeDay.AddDays(-30), true)];
        foreach (var region in engine.Regions)
        {
            var d = engine.EvaluateUnobserved(new PolicyCase("catalogue", region, ProbeDay, member, contract, injury));
            foreach (var e in d.Entitlements.Where(e => e.Status == EntitlementStatus.Undetermined))
            {
                list.Add(Silence(region, $"{e.Kind} of a member", e.UndeterminedReason!.Value, e.Findings[0]));
            }

            if (d.Service?.WarZoneDeployment is { Status: DeploymentStatus.Undetermined } deployment)
            {
                list.Add(Silence(region, "WarZoneDeployment of a member", deployment.UndeterminedReason!.Value, deployment.Findings[0]));
            }

            var ended = engine.EvaluateUnobserved(new PolicyCase("catalogue", region, ProbeDay, member, terminated, injury));
            foreach (var o in ended.Obligations.Where(o => o.Status == ObligationStatus.Undetermined))
            {
                list.Add(Silence(region, $"{o.Kind} after an early termination", o.UndeterminedReason!.Value, o.Findings[0]));
            }

            var byUnit = engine.EvaluateUnobserved(new PolicyCase("catalogue", region, ProbeDay, member, terminated with { TerminatedBy = TerminatingParty.Unit }, injury));
            foreach (var o in byUnit.Obligations.Where(o => o.Status == ObligationStatus.Undetermined && ended.Obligations.Single(e => e.Kind == o.Kind).Status != ObligationStatus.Undetermined))
            {
                list.Add(Silence(region, $"{o.Kind} after an early termination by the unit", o.UndeterminedReason!.Value, o.Findings[0]));
            }

            var plain = engine.EvaluateUnobserved(new PolicyCase("catalogue", region, ProbeDay, new Applicant(ProbeDay.AddYears(-40), Sex.Male))).Enlistment!;
            foreach (var (who, applicant) in new[]
            {
                ("Enlistment of a woman", new Applicant(ProbeDay.AddYears(-40), Sex.Female)),
                ("Enlistment of a convict", new Applicant(ProbeDay.AddYears(-40), Sex.Male, CriminalConviction: true)),
                ("Enlistment of serving military", new Applicant(ProbeDay.AddYears(-40), Sex.Male, ActiveMilitary: true)),
            })
            {
                var e = engine.EvaluateUnobserved(new PolicyCase("catalogue", region, ProbeDay, applicant)).Enlistment!;
                if (e.Outcome != EnlistmentOutcome.Undetermined) continue;
                // The rule that left it open is one that did not fire for a plain applicant.
                var open = e.Findings.First(f => plain.Findings.All(p => p.RuleId != f.RuleId));
                list.Add(Silence(region, who, e.UndeterminedReason!.Value, open));
            }
        }

        return list;
    }

    private static CatalogSilence Silence(string region, string question, UndeterminedReason reason, Finding f) =>
        new(region, question, reason, f.RuleId, f.Claims, f.Text);

    private static bool IsInterpretation(string tag) => tag.Length >= 2 && tag[0] == 'I' && char.IsAsciiDigit(tag[1]);

    private static string Area(string name) => name.IndexOf('.') is var dot and > 0 ? name[..dot] : "Host";

    private static int AreaOrder(string area) => area switch
    {
        "Enlistment" => 0, "Membership" => 1, "Payment" => 2, "Benefits" => 3, "Termination" => 4, "Service" => 5, _ => 6,
    };
}
