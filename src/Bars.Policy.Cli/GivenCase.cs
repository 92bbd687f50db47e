using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// What a case document gives for its header, read leniently: the region, <c>asOf</c> and the contract's start as
/// written, even when the case cannot be read as a whole (an explanation of an invalid case still says which case
/// it is). Null where the document does not give them as strings or is not JSON.
/// </summary>
internal sealed record GivenCase(string? Region, string? AsOf, string? ContractStart)
{
    public static readonly GivenCase None = new(null, null, null);

    public static GivenCase Read(ReadOnlySpan<byte> document)
    {
        try
        {
            using var doc = JsonDocument.Parse(document.ToArray());
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return None;
            var root = doc.RootElement;
            var contract = root.TryGetProperty("contract", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
            return new GivenCase(Text(root, "region"), Text(root, "asOf"), contract.ValueKind == JsonValueKind.Object ? Text(contract, "startDate") : null);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return None; // not JSON: the errors say so
        }
    }

    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
