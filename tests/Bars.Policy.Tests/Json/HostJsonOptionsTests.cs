using System.Text.Json;
using Bars.Policy.Tests.Support;

namespace Bars.Policy.Tests.Json;

/// <summary>
/// A host that serializes decisions with its own options (ASP.NET's <c>Results.Ok(decision)</c> uses the web
/// defaults, reflection-based) still gets the contract's enum names and dates, and can use the library's options.
/// </summary>
public sealed class HostJsonOptionsTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void The_web_defaults_write_enums_as_names_and_dates_as_the_contract_does()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Bryansk, injuries: Cases.OnDuty()));

        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(decision, Web));
        var root = doc.RootElement;

        Assert.Equal("Eligible", root.GetProperty("enlistment").GetProperty("outcome").GetString());
        var monthly = root.GetProperty("entitlements")[0];
        Assert.Equal("MonthlyPay", monthly.GetProperty("kind").GetString());
        Assert.Equal("Entitled", monthly.GetProperty("status").GetString());
        Assert.Equal("Month", monthly.GetProperty("period").GetString());
        Assert.Equal("2024-10-01", root.GetProperty("asOf").GetString());
        Assert.Equal(JsonValueKind.String, root.GetProperty("service").GetProperty("phase").ValueKind);
        Assert.False(root.TryGetProperty("isValid", out _));
    }

    [Fact]
    public void A_case_written_with_the_web_defaults_names_the_sex()
    {
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(Cases.In(Regions.Kursk, Cases.Woman()), Web));

        Assert.Equal("Female", doc.RootElement.GetProperty("applicant").GetProperty("sex").GetString());
    }

    [Fact]
    public void A_decision_round_trips_through_the_web_defaults_as_a_client_and_server_would()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Kursk, injuries: Cases.OnDuty()));

        // The server writes with the web defaults; the contract reads it, and a client with the web defaults reads the contract's JSON.
        var served = JsonSerializer.Serialize(decision, Web);
        Assert.Equal(decision, PolicyJson.ReadDecision(served));
        Assert.Equal(decision, JsonSerializer.Deserialize<PolicyDecision>(PolicyJson.Write(decision), Web));
        Assert.Equal(decision, JsonSerializer.Deserialize<PolicyDecision>(served, Web));
    }

    [Fact]
    public void The_web_defaults_read_enums_by_name_only()
    {
        var json = JsonSerializer.Serialize(Cases.In(Regions.Kursk, Cases.Woman()), Web).Replace("\"Female\"", "1", StringComparison.Ordinal);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PolicyCase>(json, Web));
    }

    [Fact]
    public void The_librarys_options_write_exactly_the_contract()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Belgorod, Cases.Woman()));

        Assert.True(PolicyJson.Options.IsReadOnly);
        Assert.Equal(PolicyJson.Write(decision), JsonSerializer.Serialize(decision, PolicyJson.Options));
        Assert.Equal(decision, JsonSerializer.Deserialize<PolicyDecision>(PolicyJson.Write(decision), PolicyJson.Options));
        Assert.Throws<InvalidOperationException>(() => PolicyJson.Options.WriteIndented = true);
    }

    [Fact]
    public void A_copy_of_the_librarys_options_serializes_the_hosts_own_types_too()
    {
        var decision = TestEngine.Evaluate(Cases.In(Regions.Bryansk));
        var options = new JsonSerializerOptions(PolicyJson.Options);
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());

        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(new Envelope("ok", decision), options));

        Assert.Equal("Eligible", doc.RootElement.GetProperty("decision").GetProperty("enlistment").GetProperty("outcome").GetString());
    }

    private sealed record Envelope(string Status, PolicyDecision Decision);
}
