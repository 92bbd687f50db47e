using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bars.Policy.Json;
using Bars.Policy.Tests.Properties;
using Bars.Policy.Tests.Support;
using Bars.Policy.Tests.Sequential;
using FsCheck;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// The library writes decisions with its one member-by-member writer, also behind <see cref="PolicyJson.Options"/>
/// (a host's serializer); it must write the bytes the source-generated serializer writes from the records
/// (<see cref="ContractOracleContext"/>, kept here as the oracle): one line or indented, with the library's relaxed
/// escaping or a host writer's default escaping, for valid decisions of every rule set and region, invalid ones, and
/// caseIds with any characters.
/// </summary>
public sealed class DecisionWriterProperties
{
    private static readonly JsonSerializerOptions Contract = new(ContractOracleContext.Default.Options) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions ContractIndented = new(Contract) { WriteIndented = true };

    [PolicyProperty]
    public void The_writer_writes_what_the_contract_serializes(CaseSpec s, NonNull<string> caseId)
    {
        // One rule set a case, in turn: each writes its own findings (host citations, host texts).
        var engines = ExecutionEngines.All;
        var engine = engines[(int)((uint)s.GetHashCode() % (uint)engines.Count)].Sequential;
        var c = (s with { Region = engine.Regions[(int)((uint)caseId.Get.Length % (uint)engine.Regions.Count)] }).ToCase();
        AssertSameBytes(engine.Evaluate(c));
        AssertSameBytes(engine.Evaluate(c with { CaseId = caseId.Get }));
    }

    [PolicyProperty]
    public void The_writer_writes_invalid_decisions_as_the_contract_does(InvalidInput input)
    {
        AssertSameBytes(ExecutionEngines.Shipped(PolicyExecution.Sequential).EvaluateJson(input.Json));
    }

    [Fact]
    public void Text_that_needs_escaping_is_escaped_alike()
    {
        var decision = PolicyDecision.Invalid("\"quoted\" <b>&</b> 'it''s' \u0001 \u00e9 \u4e2d \ud83d\ude00 \\", "Kursk\n", new DateOnly(1, 1, 1), [new("applicant.birthDate", "line\r\nbreak\t\u2028")]);
        AssertSameBytes(decision);
    }

    [Fact]
    public void A_quote_encoded_once_for_one_encoder_is_written_as_another_encoder_escapes_it()
    {
        // The same strings (as a rule's quote and id are) through the relaxed writer first, then a default one: each
        // writer's escaping holds, whichever encoded the text first.
        var quote = "\"Kursk\" <b>& 'BARS'</b> \u00e9 \u0431\u0430\u0440\u0441 \ud83d\ude00";
        var ruleId = "Rule<" + Guid.NewGuid().ToString("N") + ">";
        var finding = new Finding(ruleId, ["C1"], "text", quote);
        var evaluated = TestEngine.Evaluate(Cases.In(Regions.Kursk));
        var decision = new PolicyDecision("a", "Kursk", evaluated.AsOf, new EnlistmentDecision(EnlistmentOutcome.Eligible, null, [finding]), evaluated.Entitlements, evaluated.Obligations, evaluated.Service, []);
        AssertSameBytes(decision);
        AssertSameBytes(decision);
        Assert.Contains("<b>&", PolicyJson.Write(decision), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&", Bytes(w => PolicyJson.Write(w, decision)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(999, 12, 31)]
    [InlineData(1000, 1, 1)]
    [InlineData(2024, 2, 29)]
    [InlineData(9999, 12, 31)]
    public void A_date_of_any_year_is_written_yyyy_MM_dd(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var decision = PolicyDecision.Invalid("a", "Kursk", date, [new("asOf", "x")]);
        AssertSameBytes(decision);
        Assert.Contains($"\"asOf\":\"{year:0000}-{month:00}-{day:00}\"", PolicyJson.Write(decision), StringComparison.Ordinal);
    }

    [Fact]
    public void The_contract_s_options_write_a_decision_with_the_one_writer_and_read_it_back()
    {
        Assert.IsType<DecisionConverter>(PolicyJson.Options.GetTypeInfo(typeof(PolicyDecision)).Converter);
        var decision = TestEngine.Evaluate(Cases.In(Regions.Belgorod));

        Assert.Equal(decision, PolicyJson.ReadDecision(JsonSerializer.Serialize(decision, PolicyJson.Options)));
        Assert.Equal(decision, JsonSerializer.Deserialize(PolicyJson.Write(decision), PolicyJson.Options.GetTypeInfo(typeof(PolicyDecision))));
    }

    private static void AssertSameBytes(PolicyDecision decision)
    {
        // The library's writer first: a fresh decision's words are written as they are made (and not kept), in each
        // escaping; the serializer reads them (and keeps them) after.
        var written = PolicyJson.Write(decision);
        var writtenIndented = PolicyJson.Write(decision, indented: true);
        var writtenByHostsWriter = Bytes(w => PolicyJson.Write(w, decision));

        var expected = JsonSerializer.Serialize(decision, Contract);
        Assert.Equal(expected, written);
        Assert.Equal(JsonSerializer.Serialize(decision, ContractIndented), writtenIndented);

        // A host's serializer with the contract's options writes through the same writer.
        Assert.Equal(expected, JsonSerializer.Serialize(decision, PolicyJson.Options));

        // A host's own writer: its escaping (the default encoder) applies to both.
        Assert.Equal(Bytes(w => JsonSerializer.Serialize(w, decision, Contract)), writtenByHostsWriter);
        Assert.Equal(Bytes(w => JsonSerializer.Serialize(w, decision, Contract)), Bytes(w => PolicyJson.Write(w, decision)));
        Assert.Equal(Bytes(w => JsonSerializer.Serialize(w, decision, Contract)), Bytes(w => JsonSerializer.Serialize(w, decision, PolicyJson.Options)));
    }

    private static string Bytes(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
