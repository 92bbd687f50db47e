using System.Globalization;
using System.Text;
using System.Text.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>Writing decisions: camelCase names exactly as the contract gives them, enums as names, dates yyyy-MM-dd.</summary>
public sealed class DecisionWritingTests
{
    private static readonly string[] DecisionFields = ["caseId", "region", "asOf", "enlistment", "entitlements", "obligations", "service", "errors", "policy"];
    // The time model (I6–I13) added judgedOn, from/to, rates, warZoneDeployment; the older members stay as they were.
    private static readonly string[] EnlistmentFields = ["outcome", "judgedOn", "undeterminedReason", "findings", "parameters"];
    private static readonly string[] EntitlementFields = ["kind", "status", "amountRub", "period", "from", "to", "rates", "undeterminedReason", "findings", "parameters"];
    private static readonly string[] RateFields = ["from", "to", "amountRub", "citationId"];
    private static readonly string[] ObligationFields = ["kind", "status", "amountRub", "from", "undeterminedReason", "findings", "parameters"];
    private static readonly string[] ServiceFields = ["phase", "from", "to", "undeterminedReason", "trainingEndsOn", "duties", "warZoneDeployment", "findings", "parameters"];
    private static readonly string[] DeploymentFields = ["status", "undeterminedReason", "findings"];
    private static readonly string[] FindingFields = ["ruleId", "claims", "text", "quote"];
    private static readonly string[] ErrorFields = ["path", "message"];

    /// <summary>Valid cases that between them reach every status, a period, an amount, an undetermined reason and each phase.</summary>
    public static TheoryData<string> ValidCaseNames() => new(Samples.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, PolicyCase> Samples = new()
    {
        ["bryansk-annual-contract"] = Cases.In(Regions.Bryansk),
        ["bryansk-terminated-early"] = Cases.In(Regions.Bryansk, contract: Cases.Contract(terminatedEarlyOn: Cases.AsOf.AddDays(-5))),
        ["bryansk-in-training"] = Cases.In(Regions.Bryansk, contract: Cases.Contract(startedDaysAgo: 3)),
        ["bryansk-not-started"] = Cases.In(Regions.Bryansk, contract: Cases.Contract(startedDaysAgo: -10)),
        ["bryansk-term-ended"] = Cases.In(Regions.Bryansk, contract: Cases.Contract(months: 6, startedDaysAgo: 400)),
        ["bryansk-no-contract"] = Cases.WithoutContract(Regions.Bryansk),
        ["kursk-injured-on-duty"] = Cases.In(Regions.Kursk, injuries: Cases.OnDuty()),
        ["kursk-woman"] = Cases.In(Regions.Kursk, Cases.Woman()),
        ["belgorod-woman"] = Cases.In(Regions.Belgorod, Cases.Woman()),
        ["belgorod-official"] = Cases.In(Regions.Belgorod, Cases.Man() with { PublicOfficial = true }),
        ["too-young"] = Cases.In(Regions.Kursk, Cases.Man(17)),
    };

    private static PolicyDecision Decide(string name)
    {
        var decision = TestEngine.Evaluate(Samples[name]);
        Assert.True(decision.IsValid, string.Join("; ", decision.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return decision;
    }

    private static PolicyDecision InvalidDecision() =>
        TestEngine.Evaluate(new PolicyCase("bad-1", "Atlantis", Cases.AsOf, new Applicant(Cases.AsOf.AddDays(1), Sex.Male)));

    [Theory]
    [MemberData(nameof(ValidCaseNames))]
    public void A_valid_decision_uses_exactly_the_contracts_property_names(string name)
    {
        using var doc = JsonDocument.Parse(PolicyJson.Write(Decide(name)));
        var root = doc.RootElement;

        AssertFields(DecisionFields, root);
        AssertFields(EnlistmentFields, root.GetProperty("enlistment"));
        Assert.Equal(JsonValueKind.String, root.GetProperty("enlistment").GetProperty("judgedOn").ValueKind);
        AssertFindings(root.GetProperty("enlistment"));
        AssertParameters(root.GetProperty("enlistment"));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("entitlements").ValueKind);
        foreach (var e in root.GetProperty("entitlements").EnumerateArray())
        {
            AssertFields(EntitlementFields, e);
            Assert.All(e.GetProperty("rates").EnumerateArray(), r => AssertFields(RateFields, r));
            AssertFindings(e);
            AssertParameters(e);
        }

        Assert.NotEqual(0, root.GetProperty("obligations").GetArrayLength());
        foreach (var o in root.GetProperty("obligations").EnumerateArray())
        {
            AssertFields(ObligationFields, o);
            AssertFindings(o);
            AssertParameters(o);
        }

        var service = root.GetProperty("service");
        AssertFields(ServiceFields, service);
        AssertFields(DeploymentFields, service.GetProperty("warZoneDeployment"));
        AssertFindings(service.GetProperty("warZoneDeployment"));
        AssertFindings(service);
        AssertParameters(service);
        Assert.All(service.GetProperty("duties").EnumerateArray(), d => Assert.Equal(JsonValueKind.String, d.ValueKind));
        Assert.Equal(0, root.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public void An_invalid_decision_writes_errors_with_path_and_message()
    {
        var decision = InvalidDecision();
        Assert.False(decision.IsValid);

        using var doc = JsonDocument.Parse(PolicyJson.Write(decision));
        var root = doc.RootElement;

        AssertFields(DecisionFields, root);
        Assert.Equal("bad-1", root.GetProperty("caseId").GetString());
        Assert.Equal("Atlantis", root.GetProperty("region").GetString());
        Assert.Equal("2024-10-01", root.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("enlistment").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("service").ValueKind);
        Assert.Equal(0, root.GetProperty("entitlements").GetArrayLength());
        Assert.Equal(0, root.GetProperty("obligations").GetArrayLength());

        var errors = root.GetProperty("errors").EnumerateArray().ToList();
        Assert.Equal(decision.Errors.Count, errors.Count);
        foreach (var (written, error) in errors.Zip(decision.Errors))
        {
            AssertFields(ErrorFields, written);
            Assert.Equal(error.Path, written.GetProperty("path").GetString());
            Assert.Equal(error.Message, written.GetProperty("message").GetString());
        }

        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "region");
        Assert.Contains(errors, e => e.GetProperty("path").GetString() == "applicant.birthDate");
    }

    [Fact]
    public void A_decision_for_unreadable_json_writes_the_recovered_caseId_and_the_error()
    {
        var decision = TestEngine.Instance.EvaluateJson("""{ "caseId": "c-7", "region": """);

        using var doc = JsonDocument.Parse(PolicyJson.Write(decision));
        var root = doc.RootElement;

        AssertFields(DecisionFields, root);
        Assert.Equal("c-7", root.GetProperty("caseId").GetString());
        var error = Assert.Single(root.GetProperty("errors").EnumerateArray().ToList());
        AssertFields(ErrorFields, error);
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Theory]
    [MemberData(nameof(ValidCaseNames))]
    public void Enums_are_written_as_their_names(string name)
    {
        var decision = Decide(name);
        using var doc = JsonDocument.Parse(PolicyJson.Write(decision));
        var root = doc.RootElement;

        var enlistment = root.GetProperty("enlistment");
        AssertName(decision.Enlistment!.Outcome, enlistment.GetProperty("outcome"));
        AssertOptionalName(decision.Enlistment.UndeterminedReason, enlistment.GetProperty("undeterminedReason"));

        foreach (var (written, e) in root.GetProperty("entitlements").EnumerateArray().Zip(decision.Entitlements))
        {
            AssertName(e.Kind, written.GetProperty("kind"));
            AssertName(e.Status, written.GetProperty("status"));
            AssertOptionalName(e.Period, written.GetProperty("period"));
            AssertOptionalName(e.UndeterminedReason, written.GetProperty("undeterminedReason"));
        }

        foreach (var (written, o) in root.GetProperty("obligations").EnumerateArray().Zip(decision.Obligations))
        {
            AssertName(o.Kind, written.GetProperty("kind"));
            AssertName(o.Status, written.GetProperty("status"));
            AssertOptionalName(o.UndeterminedReason, written.GetProperty("undeterminedReason"));
        }

        AssertName(decision.Service!.Phase, root.GetProperty("service").GetProperty("phase"));
        AssertName(decision.Service.WarZoneDeployment!.Status, root.GetProperty("service").GetProperty("warZoneDeployment").GetProperty("status"));
    }

    [Fact]
    public void The_samples_reach_every_enum_value_the_tests_check_as_names()
    {
        var decisions = Samples.Keys.Select(Decide).ToList();

        Assert.Equal(Enum.GetValues<EnlistmentOutcome>(), decisions.Select(d => d.Enlistment!.Outcome).Distinct().Order());
        Assert.Equal(Enum.GetValues<EntitlementStatus>(), decisions.SelectMany(d => d.Entitlements).Select(e => e.Status).Distinct().Order());
        Assert.Equal(Enum.GetValues<PaymentPeriod>(), decisions.SelectMany(d => d.Entitlements).Select(e => e.Period).OfType<PaymentPeriod>().Distinct().Order());
        Assert.Equal(Enum.GetValues<ServicePhase>(), decisions.Select(d => d.Service!.Phase).Distinct().Order());
        Assert.Contains(decisions.SelectMany(d => d.Obligations), o => o.Status == ObligationStatus.Owed);
        Assert.Contains(decisions.SelectMany(d => d.Entitlements), e => e.UndeterminedReason is not null);
        Assert.Contains(decisions.SelectMany(d => d.Entitlements), e => e.AmountRub is not null);
        Assert.Contains(decisions.SelectMany(d => d.Entitlements), e => e is { From: not null, To: not null });
        Assert.Contains(decisions.SelectMany(d => d.Entitlements), e => e is { From: not null, To: null });
        Assert.Contains(decisions.SelectMany(d => d.Obligations), o => o.From is not null);
        Assert.Equal([DeploymentStatus.Undetermined], decisions.Select(d => d.Service!.WarZoneDeployment!.Status).Distinct());
    }

    [Fact]
    public void Enum_names_in_the_output_are_strings_not_numbers_anywhere()
    {
        var json = PolicyJson.Write(Decide("kursk-injured-on-duty"));

        Assert.Contains("\"kind\":\"MonthlyPay\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"InjuryCompensation\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"kind\":0", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"status\":0", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValidCaseNames))]
    public void Dates_are_written_yyyy_MM_dd(string name)
    {
        var decision = Decide(name);
        using var doc = JsonDocument.Parse(PolicyJson.Write(decision));
        var root = doc.RootElement;

        Assert.Equal(Iso(decision.AsOf!.Value), root.GetProperty("asOf").GetString());
        AssertDate(decision.Enlistment!.JudgedOn, root.GetProperty("enlistment").GetProperty("judgedOn"));
        foreach (var (written, e) in root.GetProperty("entitlements").EnumerateArray().Zip(decision.Entitlements))
        {
            AssertDate(e.From, written.GetProperty("from"));
            AssertDate(e.To, written.GetProperty("to"));
        }

        foreach (var (written, o) in root.GetProperty("obligations").EnumerateArray().Zip(decision.Obligations)) AssertDate(o.From, written.GetProperty("from"));
        AssertDate(decision.Service!.From, root.GetProperty("service").GetProperty("from"));
        AssertDate(decision.Service.To, root.GetProperty("service").GetProperty("to"));
        var trainingEndsOn = root.GetProperty("service").GetProperty("trainingEndsOn");
        if (decision.Service!.TrainingEndsOn is { } end)
        {
            Assert.Equal(Iso(end), trainingEndsOn.GetString());
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, trainingEndsOn.ValueKind);
        }
    }

    [Fact]
    public void The_training_end_date_is_written_yyyy_MM_dd()
    {
        var decision = Decide("bryansk-in-training");
        Assert.NotNull(decision.Service!.TrainingEndsOn);

        var json = PolicyJson.Write(decision);

        Assert.Contains($"\"trainingEndsOn\":\"{Iso(decision.Service.TrainingEndsOn.Value)}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"asOf\":\"2024-10-01\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ValidCaseNames))]
    public void A_valid_decision_round_trips(string name)
    {
        var decision = Decide(name);

        AssertRoundTrips(decision, indented: false);
        AssertRoundTrips(decision, indented: true);
    }

    [Fact]
    public void An_invalid_decision_round_trips()
    {
        AssertRoundTrips(InvalidDecision(), indented: false);
        AssertRoundTrips(InvalidDecision(), indented: true);
    }

    [Fact]
    public void A_read_decision_holds_the_same_values()
    {
        var decision = Decide("bryansk-terminated-early");

        var read = PolicyJson.ReadDecision(PolicyJson.Write(decision));

        Assert.Equal(decision.CaseId, read.CaseId);
        Assert.Equal(decision.Region, read.Region);
        Assert.Equal(decision.AsOf, read.AsOf);
        Assert.True(read.IsValid);
        Assert.Equal(decision.Enlistment!.Outcome, read.Enlistment!.Outcome);
        Assert.Equal(decision.Enlistment.JudgedOn, read.Enlistment.JudgedOn);
        Assert.Equal(decision.Entitlements.Select(e => (e.Kind, e.Status, e.AmountRub, e.Period, e.From, e.To, e.UndeterminedReason)),
            read.Entitlements.Select(e => (e.Kind, e.Status, e.AmountRub, e.Period, e.From, e.To, e.UndeterminedReason)));
        Assert.Equal(decision.Obligations.Select(o => (o.Kind, o.Status, o.AmountRub, o.From, o.UndeterminedReason)),
            read.Obligations.Select(o => (o.Kind, o.Status, o.AmountRub, o.From, o.UndeterminedReason)));
        Assert.Equal(decision.Service!.Phase, read.Service!.Phase);
        Assert.Equal((decision.Service.From, decision.Service.To), (read.Service.From, read.Service.To));
        Assert.Equal(decision.Service.WarZoneDeployment, read.Service.WarZoneDeployment);
        Assert.Equal(decision.Service.TrainingEndsOn, read.Service.TrainingEndsOn);
        Assert.Equal(decision.Service.Duties, read.Service.Duties);
    }

    [Fact]
    public void Monthly_pays_rate_periods_are_written_with_their_days_amounts_and_citations()
    {
        // Bryansk's rate rises on 2024-12-01, within the membership of a contract from 2024-08-02 (I9).
        var engine = PolicyEngine.Create(o => o.Parameters.Set(Regions.Bryansk, Parameter.MonthlyPayRub, 50_000m, new DateOnly(2024, 12, 1), new SourceCitation("Bryansk order 5", "50,000 a month.")));
        var decision = engine.Evaluate(Cases.In(Regions.Bryansk));

        using var doc = JsonDocument.Parse(PolicyJson.Write(decision));
        var pay = doc.RootElement.GetProperty("entitlements").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "MonthlyPay");
        var rates = pay.GetProperty("rates").EnumerateArray().ToArray();

        Assert.Equal(2, rates.Length);
        Assert.All(rates, r => AssertFields(RateFields, r));
        Assert.Equal(("2024-08-02", "2024-11-30", 40_000m, "C9"), (rates[0].GetProperty("from").GetString(), rates[0].GetProperty("to").GetString(), rates[0].GetProperty("amountRub").GetDecimal(), rates[0].GetProperty("citationId").GetString()));
        Assert.Equal(("2024-12-01", "2025-08-01", 50_000m, "Bryansk order 5"), (rates[1].GetProperty("from").GetString(), rates[1].GetProperty("to").GetString(), rates[1].GetProperty("amountRub").GetDecimal(), rates[1].GetProperty("citationId").GetString()));
        Assert.Equal(decision, PolicyJson.ReadDecision(PolicyJson.Write(decision)));
    }

    [Fact]
    public void A_decision_written_before_the_time_model_still_reads_with_its_new_members_absent()
    {
        // Written by the library before I6–I13 (commit 462cacd) for docs/samples/bryansk-case.json: no judgedOn, from,
        // to, rates or warZoneDeployment.
        var json = File.ReadAllText(Repo.Path("tests", "Bars.Policy.Tests", "Json", "Data", "decision-before-time-model.json"));
        Assert.DoesNotContain("judgedOn", json, StringComparison.Ordinal);

        var read = PolicyJson.ReadDecision(json);

        Assert.True(read.IsValid);
        Assert.Equal(EnlistmentOutcome.Eligible, read.Enlistment!.Outcome);
        Assert.Null(read.Enlistment.JudgedOn);
        var pay = read.Entitlements.Single(e => e.Kind == EntitlementKind.MonthlyPay);
        Assert.Equal((EntitlementStatus.Entitled, 40_000m, (DateOnly?)null, (DateOnly?)null), (pay.Status, pay.AmountRub!.Value, pay.From, pay.To));
        Assert.Empty(pay.Rates);
        Assert.All(read.Obligations, o => Assert.Null(o.From));
        Assert.Equal(ServicePhase.Assigned, read.Service!.Phase);
        Assert.Equal(new DateOnly(2024, 9, 21), read.Service.TrainingEndsOn);
        Assert.Null(read.Service.From);
        Assert.Null(read.Service.WarZoneDeployment);
        Assert.NotEmpty(read.Service.Duties);
    }

    [Fact]
    public void Writing_to_a_Utf8JsonWriter_gives_the_same_json_as_the_string_form()
    {
        var decision = Decide("kursk-injured-on-duty");

        var written = WriteWith(decision, new JsonWriterOptions());

        // The caller's writer decides the escaping, so the text may differ ("'" as \u0027); the JSON must not.
        using var expected = JsonDocument.Parse(PolicyJson.Write(decision));
        using var actual = JsonDocument.Parse(written);
        Assert.True(JsonElement.DeepEquals(expected.RootElement, actual.RootElement));
        Assert.DoesNotContain('\n', written);
    }

    [Fact]
    public void Writing_to_a_relaxed_Utf8JsonWriter_gives_the_compact_text_exactly()
    {
        var decision = Decide("kursk-injured-on-duty");

        var written = WriteWith(decision, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.Equal(PolicyJson.Write(decision), written);
    }

    private static string WriteWith(PolicyDecision decision, JsonWriterOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, options))
        {
            PolicyJson.Write(writer, decision);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Indented_and_compact_output_hold_the_same_json()
    {
        var decision = Decide("belgorod-woman");

        var compact = PolicyJson.Write(decision);
        var indented = PolicyJson.Write(decision, indented: true);

        Assert.DoesNotContain('\n', compact);
        Assert.Contains('\n', indented);
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse(compact).RootElement, JsonDocument.Parse(indented).RootElement));
    }

    [Fact]
    public void A_case_round_trips()
    {
        var c = new PolicyCase(
            "rt-1",
            Regions.Kursk,
            Cases.AsOf,
            new Applicant(new DateOnly(1980, 2, 29), Sex.Female, HealthRestriction: true, MedicalQualification: true, FormerWarParticipant: true),
            new Contract(6, new DateOnly(2024, 3, 1), new DateOnly(2024, 8, 31)),
            [new Injury(new DateOnly(2024, 3, 1), true), new Injury(new DateOnly(2024, 8, 31), false)]);

        var json = PolicyJson.Write(c);
        var read = PolicyJson.ReadCase(json);

        Assert.Empty(read.Errors);
        var back = read.Case!;
        Assert.Equal(c.CaseId, back.CaseId);
        Assert.Equal(c.Region, back.Region);
        Assert.Equal(c.AsOf, back.AsOf);
        Assert.Equal(c.Applicant, back.Applicant);
        Assert.Equal(c.Contract, back.Contract);
        Assert.Equal(c.Injuries, back.Injuries!);
        Assert.Equal(json, PolicyJson.Write(back));
        Assert.Equal(PolicyJson.Write(c, indented: true), PolicyJson.Write(back, indented: true));
    }

    [Fact]
    public void A_case_without_contract_round_trips()
    {
        var c = Cases.WithoutContract(Regions.Belgorod);

        var json = PolicyJson.Write(c);
        var read = PolicyJson.ReadCase(json);

        Assert.Empty(read.Errors);
        Assert.Null(read.Case!.Contract);
        Assert.Null(read.Case.Injuries);
        Assert.Equal(c.Applicant, read.Case.Applicant);
        Assert.Equal(json, PolicyJson.Write(read.Case));
    }

    [Fact]
    public void A_written_case_uses_the_contracts_property_names_and_formats()
    {
        var c = Cases.In(Regions.Kursk, contract: Cases.Contract(terminatedEarlyOn: Cases.AsOf), injuries: Cases.OnDuty());

        using var doc = JsonDocument.Parse(PolicyJson.Write(c));
        var root = doc.RootElement;

        AssertFields(["caseId", "region", "asOf", "applicant", "contract", "injuries"], root);
        AssertFields(
            ["birthDate", "sex", "healthRestriction", "missingLimbOrProsthesis", "medicalQualification", "publicOfficial", "criminalConviction", "activeMilitary", "formerWarParticipant"],
            root.GetProperty("applicant"));
        AssertFields(["months", "startDate", "terminatedEarlyOn"], root.GetProperty("contract"));
        AssertFields(["date", "onDuty"], root.GetProperty("injuries")[0]);
        Assert.Equal("Male", root.GetProperty("applicant").GetProperty("sex").GetString());
        Assert.Equal(Iso(c.Applicant!.BirthDate!.Value), root.GetProperty("applicant").GetProperty("birthDate").GetString());
        Assert.Equal("2024-10-01", root.GetProperty("asOf").GetString());
        Assert.Equal("2024-10-01", root.GetProperty("contract").GetProperty("terminatedEarlyOn").GetString());
        Assert.Equal(12, root.GetProperty("contract").GetProperty("months").GetInt32());
    }

    [Fact]
    public void The_design_documents_case_example_reads_without_errors()
    {
        const string json = """
            { "caseId": "c-1", "region": "Bryansk", "asOf": "2024-10-01",
              "applicant": { "birthDate": "1980-05-01", "sex": "Female",
                             "healthRestriction": false, "missingLimbOrProsthesis": false,
                             "medicalQualification": false, "publicOfficial": false,
                             "criminalConviction": false, "activeMilitary": false, "formerWarParticipant": false },
              "contract": { "months": 12, "startDate": "2024-09-01", "terminatedEarlyOn": null },
              "injuries": [ { "date": "2024-11-02", "onDuty": true } ] }
            """;

        var read = PolicyJson.ReadCase(json);

        Assert.Empty(read.Errors);
        Assert.Equal("c-1", read.Case!.CaseId);
        Assert.Equal(new Injury(new DateOnly(2024, 11, 2), true), Assert.Single(read.Case.Injuries!));
    }

    [Fact]
    public void The_shipped_sample_case_reads_and_evaluates()
    {
        var json = Repo.Sample("bryansk-case.json");

        var read = PolicyJson.ReadCase(json);
        var decision = TestEngine.Instance.EvaluateJson(json);

        Assert.Empty(read.Errors);
        Assert.True(decision.IsValid, string.Join("; ", decision.Errors.Select(e => $"{e.Path}: {e.Message}")));
        Assert.Equal("sample-bryansk-1", decision.CaseId);
    }

    private static void AssertRoundTrips(PolicyDecision decision, bool indented)
    {
        var first = PolicyJson.Write(decision, indented);
        var read = PolicyJson.ReadDecision(first);
        var second = PolicyJson.Write(read, indented);

        Assert.Equal(first, second);
        Assert.Equal(decision.IsValid, read.IsValid);
    }

    private static void AssertFields(IEnumerable<string> expected, JsonElement element)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(expected.Order(StringComparer.Ordinal), element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static void AssertFindings(JsonElement owner)
    {
        var findings = owner.GetProperty("findings");
        Assert.Equal(JsonValueKind.Array, findings.ValueKind);
        foreach (var f in findings.EnumerateArray())
        {
            AssertFields(FindingFields, f);
            Assert.Equal(JsonValueKind.String, f.GetProperty("ruleId").ValueKind);
            Assert.Equal(JsonValueKind.String, f.GetProperty("text").ValueKind);
            Assert.Equal(JsonValueKind.String, f.GetProperty("quote").ValueKind);
            Assert.Equal(JsonValueKind.Array, f.GetProperty("claims").ValueKind);
            Assert.All(f.GetProperty("claims").EnumerateArray(), c => Assert.Equal(JsonValueKind.String, c.ValueKind));
        }
    }

    private static readonly string[] ParameterFields = ["name", "value", "effectiveFrom", "effectiveTo", "citation"];

    private static void AssertParameters(JsonElement owner)
    {
        var parameters = owner.GetProperty("parameters");
        Assert.Equal(JsonValueKind.Array, parameters.ValueKind);
        foreach (var p in parameters.EnumerateArray())
        {
            AssertFields(ParameterFields, p);
            Assert.Contains(p.GetProperty("name").GetString(), Enum.GetNames<Parameter>());
            Assert.Equal(JsonValueKind.Number, p.GetProperty("value").ValueKind);
            AssertFields(["id", "quote"], p.GetProperty("citation"));
            Assert.Equal(JsonValueKind.String, p.GetProperty("citation").GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.String, p.GetProperty("citation").GetProperty("quote").ValueKind);
        }
    }

    private static void AssertName<TEnum>(TEnum expected, JsonElement written)
        where TEnum : struct, Enum
    {
        Assert.Equal(JsonValueKind.String, written.ValueKind);
        Assert.Equal(expected.ToString(), written.GetString());
        Assert.Contains(written.GetString(), Enum.GetNames<TEnum>());
    }

    private static void AssertOptionalName<TEnum>(TEnum? expected, JsonElement written)
        where TEnum : struct, Enum
    {
        if (expected is { } value) AssertName(value, written);
        else Assert.Equal(JsonValueKind.Null, written.ValueKind);
    }

    private static void AssertDate(DateOnly? expected, JsonElement written)
    {
        if (expected is { } day) Assert.Equal(Iso(day), written.GetString());
        else Assert.Equal(JsonValueKind.Null, written.ValueKind);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
