using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// A decision is either errors and nothing evaluated, or no errors and everything evaluated: hosts cannot build one in
/// between, and JSON describing one in between is not read as a decision.
/// </summary>
public sealed class DecisionConstructionTests
{
    public static TheoryData<Type> DecisionTypes() =>
        new(typeof(PolicyDecision), typeof(EnlistmentDecision), typeof(EntitlementDecision), typeof(ObligationDecision), typeof(ServiceDecision), typeof(Finding));

    [Theory]
    [MemberData(nameof(DecisionTypes))]
    public void Decisions_have_no_public_constructor(Type type)
    {
        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    [Fact]
    public void Invalid_needs_an_error()
    {
        Assert.Throws<ArgumentException>(() => PolicyDecision.Invalid("c", Regions.Kursk, Cases.AsOf, []));
    }

    [Fact]
    public void Json_with_neither_errors_nor_an_enlistment_is_not_a_decision()
    {
        var node = Valid();
        node["enlistment"] = null;

        var ex = Assert.Throws<JsonException>(() => PolicyJson.ReadDecision(node.ToJsonString()));
        Assert.Contains("enlistment", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_with_errors_and_an_enlistment_is_not_a_decision()
    {
        var node = Valid();
        node["errors"] = new JsonArray(new JsonObject { ["path"] = "$", ["message"] = "is bad." });

        Assert.Throws<JsonException>(() => PolicyJson.ReadDecision(node.ToJsonString()));
    }

    [Fact]
    public void Json_missing_an_entitlement_kind_is_not_a_decision()
    {
        var node = Valid();
        node["entitlements"]!.AsArray().RemoveAt(2);

        Assert.Throws<JsonException>(() => PolicyJson.ReadDecision(node.ToJsonString()));
    }

    [Fact]
    public void Json_without_a_list_is_not_a_decision()
    {
        var node = Valid();
        node.Remove("errors");

        Assert.Throws<JsonException>(() => PolicyJson.ReadDecision(node.ToJsonString()));
    }

    private static JsonObject Valid()
    {
        var json = PolicyJson.Write(TestEngine.Evaluate(Cases.In(Regions.Bryansk)));
        Assert.True(PolicyJson.ReadDecision(json).IsValid);
        return JsonNode.Parse(json)!.AsObject();
    }
}
