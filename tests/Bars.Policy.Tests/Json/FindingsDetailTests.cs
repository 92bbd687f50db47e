using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary><c>--findings full|ids|none</c>: the decision's JSON with its findings cut to the level asked, every other member as the contract writes it.</summary>
public sealed class FindingsDetailTests
{
    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Write(PolicyDecision d, FindingsDetail detail)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, Relaxed)) PolicyJson.Write(w, d, detail);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // The full contract with each finding and each parameter read cut as the level says: what ids and none must be,
    // member for member.
    private static string Cut(string full, FindingsDetail detail)
    {
        var node = JsonNode.Parse(full)!;
        Walk(node);
        return node.ToJsonString(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        void Walk(JsonNode? n)
        {
            if (n is JsonArray array)
            {
                foreach (var item in array) Walk(item);
            }
            else if (n is JsonObject o)
            {
                if (o["findings"] is JsonArray findings)
                {
                    if (detail == FindingsDetail.None)
                    {
                        o.Remove("findings");
                    }
                    else
                    {
                        foreach (var f in findings.OfType<JsonObject>())
                        {
                            f.Remove("text");
                            f.Remove("quote");
                        }
                    }
                }

                if (o["parameters"] is JsonArray parameters)
                {
                    if (detail == FindingsDetail.None)
                    {
                        o.Remove("parameters");
                    }
                    else
                    {
                        foreach (var p in parameters.OfType<JsonObject>())
                        {
                            p.Remove("effectiveFrom");
                            p.Remove("effectiveTo");
                            p["citation"]!.AsObject().Remove("quote");
                        }
                    }
                }

                foreach (var (_, value) in o.ToArray()) Walk(value);
            }
        }
    }

    [PolicyProperty]
    public void Full_is_the_contract_byte_for_byte_and_ids_and_none_cut_only_the_findings_and_parameters(CaseSpec spec)
    {
        var decision = TestEngine.Instance.Evaluate(spec.ToCase());
        var full = PolicyJson.Write(decision);

        Assert.Equal(full, Write(decision, FindingsDetail.Full));
        Assert.Equal(Cut(full, FindingsDetail.Ids), Write(decision, FindingsDetail.Ids));
        Assert.Equal(Cut(full, FindingsDetail.None), Write(decision, FindingsDetail.None));
    }

    [Fact]
    public void Ids_keep_each_findings_rule_and_claims_and_none_keeps_the_outcomes()
    {
        var decision = TestEngine.Instance.Evaluate(Cases.In(Regions.Bryansk));
        var ids = JsonNode.Parse(Write(decision, FindingsDetail.Ids))!;
        var finding = ids["entitlements"]![0]!["findings"]![0]!.AsObject();
        Assert.Equal(["ruleId", "claims"], finding.Select(p => p.Key));
        Assert.Equal("Payment.MonthlyPayAtRegionalRate", (string?)finding["ruleId"]);

        var none = Write(decision, FindingsDetail.None);
        Assert.DoesNotContain("findings", none, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"Entitled\",\"amountRub\":40000,\"period\":\"Month\"", none, StringComparison.Ordinal);
        Assert.True(none.Length * 2 < PolicyJson.Write(decision).Length);
    }

    [Fact]
    public void An_invalid_decision_is_written_whole_at_every_level()
    {
        var decision = TestEngine.Instance.EvaluateJson("{\"caseId\":\"x\"}");
        Assert.False(decision.IsValid);
        foreach (var level in Enum.GetValues<FindingsDetail>()) Assert.Equal(PolicyJson.Write(decision), Write(decision, level));
    }

    [Fact]
    public void A_level_that_is_not_defined_is_refused()
    {
        var decision = TestEngine.Instance.Evaluate(Cases.In(Regions.Bryansk));
        Assert.Throws<ArgumentOutOfRangeException>(() => Write(decision, (FindingsDetail)7));
    }
}
