using System.Globalization;
using System.Text.Json;
using Bars.Policy.Reference;
using Bars.Policy.Tests.Sequential;

namespace Bars.Policy.Tests.Properties;

/// <summary>
/// The engine agrees with an independent plain C# reading of claims.md (tests/Bars.Policy.Reference, no NRules) on
/// cases spread over a contract's whole lifecycle, in both executions. The engine's answer is read from its JSON
/// decision by field name, so the oracle shares none of the engine's decision types: enlistment (outcome, reason,
/// judgedOn); each entitlement (status, amountRub, period, reason, from, to, no rate periods); the repayment
/// (status, amountRub, reason, from); the service (phase, reason, from, to, trainingEndsOn, duties exactly while
/// Assigned, the war-zone question open and silent).
/// </summary>
public sealed class OracleProperties
{
    [PolicyProperty]
    public void The_engine_agrees_with_the_reference_implementation(LifecycleCase c) =>
        Agrees(ExecutionEngines.Shipped(PolicyExecution.Sequential), c);

    [PolicyProperty]
    public void The_engine_on_Rete_agrees_with_the_reference_implementation(LifecycleCase c) =>
        Agrees(ExecutionEngines.Shipped(PolicyExecution.Rete), c);

    private static void Agrees(PolicyEngine engine, LifecycleCase c)
    {
        // Each side reads the case's JSON its own way: the oracle shares no type with the engine.
        var json = c.Spec.ToJson();
        var decision = engine.EvaluateJson(json);
        Assert.True(decision.IsValid, string.Join("; ", decision.Errors));
        using var document = JsonDocument.Parse(PolicyJson.Write(decision));
        Same(ReferencePolicy.DecideJson(json), document.RootElement);
    }

    /// <summary>Asserts that the engine's JSON decision says what the oracle says, field by field.</summary>
    /// <param name="expected">The oracle's decision.</param>
    /// <param name="actual">The engine's decision as JSON.</param>
    internal static void Same(ReferenceDecision expected, JsonElement actual)
    {
        var enlistment = Member(actual, "enlistment");
        Assert.Equal(
            ("enlistment", Name(expected.Enlistment.Outcome), Name(expected.Enlistment.Reason), (DateOnly?)expected.Enlistment.JudgedOn),
            ("enlistment", Text(enlistment, "outcome"), Text(enlistment, "undeterminedReason"), Date(enlistment, "judgedOn")));

        foreach (var (kind, e) in expected.Entitlements)
        {
            var entitlement = Kind(actual, "entitlements", kind);
            Assert.Equal(
                (kind, Name(e.Status), e.AmountRub, Name(e.Period), Name(e.Reason), e.From, e.To),
                (kind, Text(entitlement, "status"), Amount(entitlement, "amountRub"), Text(entitlement, "period"),
                    Text(entitlement, "undeterminedReason"), Date(entitlement, "from"), Date(entitlement, "to")));
            // The shipped parameters carry no dated value (I5): no rate changes within a membership (I9).
            Assert.Equal((kind, "rates", 0), (kind, "rates", Member(entitlement, "rates").GetArrayLength()));
        }

        var repayment = Kind(actual, "obligations", "RepayOneTimePayment");
        var r = expected.Repayment;
        Assert.Equal(
            ("RepayOneTimePayment", Name(r.Status), r.AmountRub, Name(r.Reason), r.From),
            ("RepayOneTimePayment", Text(repayment, "status"), Amount(repayment, "amountRub"), Text(repayment, "undeterminedReason"), Date(repayment, "from")));

        var service = Member(actual, "service");
        var s = expected.Service;
        Assert.Equal(
            ("service", Name(s.Phase), Name(s.Reason), s.From, s.To, s.TrainingEndsOn, s.DutyClaims.Count > 0),
            ("service", Text(service, "phase"), Text(service, "undeterminedReason"), Date(service, "from"), Date(service, "to"),
                Date(service, "trainingEndsOn"), Member(service, "duties").GetArrayLength() > 0));
        var warZone = Member(service, "warZoneDeployment");
        Assert.Equal(
            ("warZoneDeployment", "Undetermined", Name(s.WarZoneDeployment)),
            ("warZoneDeployment", Text(warZone, "status"), Text(warZone, "undeterminedReason")));
    }

    private static string? Name<T>(T? value) where T : struct, Enum => value?.ToString();

    private static string Name<T>(T value) where T : struct, Enum => value.ToString();

    // A member the contract names; its absence fails with its name, not a KeyNotFoundException.
    private static JsonElement Member(JsonElement parent, string name)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)) return value;
        Assert.Fail($"The decision has no '{name}' in {Cut(parent.GetRawText())}.");
        return default;
    }

    // The outcome of one kind in an array of outcomes.
    private static JsonElement Kind(JsonElement decision, string array, string kind)
    {
        foreach (var outcome in Member(decision, array).EnumerateArray())
        {
            if (Text(outcome, "kind") == kind) return outcome;
        }

        Assert.Fail($"The decision's {array} have no {kind}.");
        return default;
    }

    private static string? Text(JsonElement parent, string name)
    {
        var value = Member(parent, name);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetString();
    }

    private static decimal? Amount(JsonElement parent, string name)
    {
        var value = Member(parent, name);
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }

    private static DateOnly? Date(JsonElement parent, string name) =>
        Text(parent, name) is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static string Cut(string json) => json.Length > 300 ? json[..300] + "…" : json;
}
