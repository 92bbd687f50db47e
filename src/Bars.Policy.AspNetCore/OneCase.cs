namespace Bars.Policy.AspNetCore;

/// <summary>The body of a one-case request: read within its limit, checked as UTF-8 JSON, or the problem that answers it.</summary>
internal static class OneCase
{
    /// <summary>The body's bytes, or the problem to answer instead (415 for another media type or UTF-16, 413 too large, 400 not UTF-8).</summary>
    public static async Task<(byte[] Body, IResult? Problem)> ReadAsync(HttpContext context, BarsPolicyEndpointOptions limits)
    {
        if (!MediaTypes.Accepts(context.Request, MediaTypes.Json)) return ([], Problems.UnsupportedMediaType(context.Request.ContentType, MediaTypes.Json));

        byte[] body;
        try
        {
            body = await RequestBody.ReadToEndAsync(context, limits.MaxCaseBytes);
        }
        catch (BadHttpRequestException ex)
        {
            return ([], Problems.Unreadable(ex, limits.MaxCaseBytes));
        }

        if (Utf8Input.Refusal(body) is { } utf16) return ([], Problems.Utf16(utf16));
        if (Utf8Input.DocumentError(body.AsSpan(Utf8Input.OpeningMarkLength(body))) is { } encoding)
        {
            return ([], Problems.InvalidCase(PolicyDecision.Invalid(null, null, null, [encoding])));
        }

        return (body, null);
    }

    /// <summary>
    /// The case in the body, or the 400 problem listing every error with its path, in one round: those of reading and
    /// those of the values that could be read (the errors a decision of these bytes lists).
    /// </summary>
    public static (PolicyCase? Case, IResult? Problem) Read(byte[] body, PolicyEngine engine)
    {
        var read = PolicyJson.ReadCase(body);
        var decided = engine.EvaluateJson(body);
        return read.Case is { } c && decided.IsValid ? (c, null) : (null, Problems.InvalidCase(decided));
    }
}
