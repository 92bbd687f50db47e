namespace Bars.Policy.Samples.WebHost;

/// <summary>RFC 7807 problem details (application/problem+json) for the answers that are not decisions.</summary>
internal static class Problems
{
    /// <summary>400 for a case that could not be read or failed validation: its errors, and its caseId when known.</summary>
    public static IResult InvalidCase(PolicyDecision decision)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = decision.Errors.Select(e => new { path = e.Path, message = e.Message }).ToArray(),
        };
        if (decision.CaseId is not null) extensions["caseId"] = decision.CaseId;

        var count = decision.Errors.Count;
        return Results.Problem(
            title: "The case is invalid.",
            detail: $"{count} {(count == 1 ? "error" : "errors")}: " + string.Join(" ", decision.Errors.Select(e => $"{e.Path} {e.Message}")),
            statusCode: StatusCodes.Status400BadRequest,
            extensions: extensions);
    }

    /// <summary>400 for a batch with no lines at all.</summary>
    public static IResult EmptyBatch() => Results.Problem(
        title: "The batch is empty.",
        detail: "Send one case per line as JSON Lines (application/x-ndjson).",
        statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The problem for a body the server could not read: 413 when it is too large, else the status the server chose.</summary>
    public static IResult Unreadable(BadHttpRequestException ex, long limit) => ex.StatusCode == StatusCodes.Status413PayloadTooLarge
        ? Results.Problem(
            title: "The request body is too large.",
            detail: $"This endpoint accepts at most {limit} bytes.",
            statusCode: StatusCodes.Status413PayloadTooLarge)
        : Results.Problem(
            title: "The request body could not be read.",
            detail: ex.Message,
            statusCode: ex.StatusCode);
}
