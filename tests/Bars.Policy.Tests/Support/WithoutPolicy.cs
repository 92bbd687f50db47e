using System.Text.Json.Nodes;

namespace Bars.Policy.Tests.Support;

/// <summary>A decision's JSON without its <c>policy</c>: for comparing the decisions of two configurations, which
/// name different policies by design.</summary>
internal static class WithoutPolicy
{
    public static string Json(PolicyDecision d)
    {
        var node = JsonNode.Parse(PolicyJson.Write(d))!.AsObject();
        Assert.True(node.Remove("policy"));
        return node.ToJsonString();
    }
}
