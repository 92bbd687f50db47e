using System.Globalization;
using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// What a case document gives for its header, read leniently: the region and <c>asOf</c> as
/// written, even when the case cannot be read as a whole (an explanation of an invalid case still says which case
/// it is). Null where the document does not give them as strings or is not JSON.
/// </summary>
internal sealed record GivenCase(string? Region, string? AsOf)
{
    public static readonly GivenCase None = new(null, null);

    /// <summary>The decision as text; an invalid one, which holds neither, says the region and date as given here
    /// (a date that is not one stays unsaid: its error names it).</summary>
    public string Told(PolicyDecision decision)
    {
        if (decision.IsValid) return decision.ToText();
        var asOf = decision.AsOf ?? (DateOnly.TryParseExact(AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null);
        return PolicyDecision.Invalid(decision.CaseId, decision.Region ?? Region, asOf, decision.Errors).ToText();
    }

    public static GivenCase Read(ReadOnlySpan<byte> document)
    {
        try
        {
            using var doc = JsonDocument.Parse(document.ToArray());
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return None;
            var root = doc.RootElement;
            return new GivenCase(Text(root, "region"), Text(root, "asOf"));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return None; // not JSON: the errors say so
        }
    }

    private static string? Text(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
