using Microsoft.Net.Http.Headers;

namespace Bars.Policy.AspNetCore;

/// <summary>The request media types the endpoints take: JSON for one case, JSON Lines for a batch, UTF-8 always.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";

    /// <summary>What the batch endpoint answers in; with <see cref="JsonLinesAlias"/>, what it takes.</summary>
    public const string JsonLines = "application/x-ndjson";

    /// <summary>The other name JSON Lines goes by. (application/json-seq is a different framing and is refused.)</summary>
    public const string JsonLinesAlias = "application/jsonl";

    /// <summary>Whether the request's Content-Type is one of <paramref name="accepted"/>, with no charset or UTF-8.</summary>
    public static bool Accepts(HttpRequest request, params ReadOnlySpan<string> accepted)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)) return false;
        // charset="utf-8" is the same value as charset=utf-8 (RFC 9110, 5.6.4).
        if (type.Charset.HasValue && !HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase)) return false;
        foreach (var name in accepted)
        {
            if (type.MediaType.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }
}
