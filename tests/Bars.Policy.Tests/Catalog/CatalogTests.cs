using Bars.Policy.Catalog;
using Bars.Policy.Tests.Extension;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Catalog;

/// <summary>The rule catalogue comes from the rules themselves, so docs/rules.md cannot drift from them.</summary>
public sealed class CatalogTests
{
    private const string Regenerate = "docs/rules.md differs from what the rules say: regenerate it with `dotnet run --project src/Bars.Policy.Cli -- rules --format md > docs/rules.md` and commit it.";

    [Fact]
    public void The_committed_catalogue_is_what_the_rules_say()
    {
        var generated = CatalogMarkdown.Render(CatalogBuilder.Build(TestEngine.Instance));
        var committed = File.ReadAllText(Repo.Path("docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.True(generated == committed, Regenerate);
    }

    [Fact]
    public void Every_shipped_rule_and_every_claim_is_in_the_catalogue_with_its_quote()
    {
        var catalog = CatalogBuilder.Build(TestEngine.Instance);
        // 55 since the time model (I6–I13): the phases NotStarted/Ended/TerminatedEarly, C20's duties, C21, I8's
        // NotApplicable and periods, I13's termination by the unit.
        Assert.Equal(55, catalog.Rules.Count);
        Assert.Equal(Source.ClaimIds.Order(), catalog.Claims.Select(c => c.Id).Order());
        Assert.All(catalog.Claims, c => Assert.Contains(c.Quote, Source.Text, StringComparison.Ordinal));
        Assert.Contains(catalog.Rules, r => r.Name == "Payment.MonthlyPayAtRegionalRate" && r.Parameters.SequenceEqual(["MonthlyPayRub"]));
        Assert.Contains(catalog.Parameters, p => p is { Region: Regions.Bryansk, Name: "MonthlyPayRub", Value: 40_000m, EffectiveFrom: null });
    }

    [Fact]
    public void The_silences_of_claims_md_are_found_in_every_region()
    {
        var silences = CatalogBuilder.Build(TestEngine.Instance).Silences.Select(s => $"{s.Region}: {s.Question}").ToHashSet();
        Assert.Contains("Kursk: MonthlyPay of a member", silences);
        Assert.Contains("Kursk: OneTimePayment of a member", silences);
        Assert.Contains("Kursk: RetainPublicPosition of a member", silences);
        Assert.Contains("Belgorod: InjuryCompensation of a member", silences);
        Assert.Contains("Belgorod: Enlistment of a woman", silences);
        Assert.Contains("Bryansk: RetainPublicPosition of a member", silences);
        Assert.DoesNotContain("Bryansk: Enlistment of a woman", silences);
        Assert.DoesNotContain("Kursk: InjuryCompensation of a member", silences);
        Assert.Contains("Bryansk: RepayOneTimePayment after an early termination by the unit", silences);
        Assert.DoesNotContain("Bryansk: RepayOneTimePayment after an early termination", silences);
        Assert.Contains("Kursk: WarZoneDeployment of a member", silences);
        Assert.DoesNotContain("Belgorod: RetainPublicPosition of a member", silences);
    }

    [Fact]
    public void The_contract_lengths_of_C10_are_Bryansks_parameters_only()
    {
        // Item 8 of issue 20: by I1, C10 does not apply in Kursk or Belgorod, so neither do the lengths it names.
        var catalog = CatalogBuilder.Build(TestEngine.Instance);

        foreach (var name in new[] { "AnnualContractMonths", "SixMonthContractMonths", "AnnualContractPaymentRub", "SixMonthContractPaymentRub" })
        {
            Assert.Equal([Regions.Bryansk], catalog.Parameters.Where(p => p.Name == name).Select(p => p.Region));
        }

        Assert.All(catalog.Parameters.Where(p => p.Claims.Contains("C10")), p => Assert.Equal(Regions.Bryansk, p.Region));
    }

    [Fact]
    public void Readings_are_listed_apart_from_claims_each_with_its_words_from_claims_md()
    {
        var catalog = CatalogBuilder.Build(TestEngine.Instance);
        var claimsMd = string.Join(' ', File.ReadAllText(Repo.Path("docs", "sources", "claims.md")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

        Assert.All(catalog.Claims, c => Assert.StartsWith("C", c.Id, StringComparison.Ordinal));
        Assert.All(catalog.Rules, r => Assert.All(r.Claims, c => Assert.False(c.StartsWith('I'), $"{r.Name} lists the reading {c} as a claim")));
        var cited = catalog.Rules.SelectMany(r => r.Interpretations).Append("I11").ToHashSet();
        Assert.Equal(cited.Order(), catalog.Readings.Select(r => r.Id).Order());
        foreach (var id in new[] { "I7", "I8", "I10", "I11", "I13" }) Assert.Contains(catalog.Readings, r => r.Id == id);
        Assert.All(catalog.Readings, r => Assert.Contains(string.Join(' ', r.Words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), claimsMd, StringComparison.Ordinal));
        Assert.Equal(catalog.Readings.OrderBy(r => int.Parse(r.Id[1..], System.Globalization.CultureInfo.InvariantCulture)).Select(r => r.Id), catalog.Readings.Select(r => r.Id));
        Assert.Contains("## Readings the rules rest on", CatalogMarkdown.Render(catalog));
    }

    [Fact]
    public void The_new_claims_C20_and_C21_are_in_the_catalogue()
    {
        var catalog = CatalogBuilder.Build(TestEngine.Instance);

        Assert.Contains(catalog.Rules, r => r.Name == "Service.GeneralDuties" && r.Claims.Contains("C20") && r.Decides.Contains("duties"));
        Assert.Contains(catalog.Rules, r => r.Name == "Service.WarZoneDeploymentUnanswered" && r.Claims.Contains("C21") && r.Decides.SequenceEqual(["war zone deployment"]));
        Assert.Contains(catalog.Claims, c => c.Id == "C21");
    }

    [Fact]
    public void A_rule_added_by_a_host_shows_up_with_its_region_and_citation_and_a_filled_silence_leaves_the_list()
    {
        var engine = PolicyEngine.Create(o => o
            .AddRegion(HostRules.Testland)
            .AddRuleSet(typeof(HostRules).Assembly)
            .DisableRule(Regions.Kursk, "Enlistment.KurskWomanWithoutMedicalQualification", "Under review.")
            .Parameters.Set(Regions.Kursk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2024, 1, 1), new SourceCitation("Kursk order 17", "50,000 a month.")));
        var catalog = CatalogBuilder.Build(engine);

        var rule = Assert.Single(catalog.Rules, r => r.Name == "Testland.CombatVeteranStatus");
        Assert.Equal([HostRules.Testland], rule.Regions);
        Assert.Equal(["Testland order 1"], rule.Claims);
        Assert.Contains(catalog.Parameters, p => p is { Region: Regions.Kursk, Name: "MonthlyPayRub", Value: 50_000m } && p.Claims.SequenceEqual(["Kursk order 17"]));
        Assert.DoesNotContain(catalog.Silences, s => s is { Region: Regions.Kursk, Question: "MonthlyPay of a member" });
        Assert.Contains(catalog.Silences, s => s is { Region: HostRules.Testland, Question: "MonthlyPay of a member" });
        Assert.Contains("## Rules switched off by the host", CatalogMarkdown.Render(catalog));
    }
}
