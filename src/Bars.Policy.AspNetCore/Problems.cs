namespace Bars.Policy.AspNetCore;

/// <summary>RFC 7807 problem details (application/problem+json) for the answers that are not decisions.</summary>
internal static class Problems
{
    // Echoed input is cut short: a megabyte value in a message would be sent back a megabyte (twice, in detail too).
    private const int MaxEchoedChars = 256;
    private const int MaxMessageChars = 512;
    private const int ErrorsInDetail = 10;

    // A case can carry thousands of errors (one per wrong injury): the body lists the first ones and counts the rest,
    // so a megabyte document is not answered with tens of megabytes.
    // The library keeps a case's first 100 errors and counts the rest in one more: this bound only guards against
    // a host rule's own longer list.
    private const int ErrorsListed = 101;

    /// <summary>400 for a case that could not be read or failed validation: its errors, and its caseId when known.</summary>
    public static IResult InvalidCase(PolicyDecision decision) =>
        WithErrors("The case is invalid.", StatusCodes.Status400BadRequest, decision.CaseId, decision.Errors);

    /// <summary>
    /// 500 for a case the policy could not evaluate: a host rule threw, or two rules decided one outcome. A defect
    /// of the host's rules, not of the request; answered for this case alone, as a batch answers it.
    /// </summary>
    public static IResult NotEvaluated(string? caseId, Exception ex) =>
        WithErrors("The policy could not be evaluated for this case.", StatusCodes.Status500InternalServerError, caseId, [new ValidationError("$", NotEvaluatedMessage(ex))]);

    /// <summary>The message a batch gives such a case (see <c>PolicyEngine.EvaluateMany</c>): the exception and the causes it wraps.</summary>
    public static string NotEvaluatedMessage(Exception ex)
    {
        var message = "the policy could not be evaluated for this case: " + ex.Message;
        for (var cause = ex.InnerException; cause is not null; cause = cause.InnerException)
        {
            if (!message.Contains(cause.Message, StringComparison.Ordinal)) message += ": " + cause.Message;
        }

        return message;
    }

    /// <summary>400 for a batch with no lines at all.</summary>
    public static IResult EmptyBatch() => Results.Problem(
        title: "The batch is empty.",
        detail: $"Send one case per line as JSON Lines ({MediaTypes.JsonLines}).",
        statusCode: StatusCodes.Status400BadRequest);

    /// <summary>415 for a body in another media type or charset than the endpoint takes.</summary>
    public static IResult UnsupportedMediaType(string? contentType, string accepted) => Results.Problem(
        title: "The request's media type is not supported.",
        detail: $"This endpoint takes {accepted} in UTF-8; the request is {(string.IsNullOrEmpty(contentType) ? "without a Content-Type" : Echo(contentType))}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>415 for a body that opens with a UTF-16 byte-order mark.</summary>
    public static IResult Utf16(string why) => Results.Problem(
        title: "The request body is UTF-16.",
        detail: $"The body cannot be read: {why}",
        statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>503 for a request refused because as many <paramref name="what"/> as allowed are being answered and as many as allowed wait.</summary>
    public static IResult Busy(string what) => Results.Problem(
        title: $"Too many {what} at once.",
        detail: $"The server is answering as many {what} as it allows and as many wait their turn; try again shortly.",
        statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>503 for a request past its time (<see cref="BarsPolicyEndpointOptions.MaxCaseSeconds"/>, <see cref="BarsPolicyEndpointOptions.MaxBatchSeconds"/>).</summary>
    public static IResult TooSlow(string what, int seconds) => Results.Problem(
        title: $"The {what} took too long.",
        detail: $"A {what} must be sent and answered within {seconds} seconds, its wait for a turn included; send it faster or smaller, or try again shortly.",
        statusCode: StatusCodes.Status503ServiceUnavailable);

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

    /// <summary><paramref name="text"/>, cut short past <paramref name="max"/> characters with a note of how much was left out.</summary>
    public static string Echo(string text, int max = MaxEchoedChars) =>
        text.Length <= max ? text : $"{text[..max]}… ({text.Length - max} more characters)";

    private static IResult WithErrors(string title, int status, string? caseId, IReadOnlyList<ValidationError> errors)
    {
        var extensions = new Dictionary<string, object?>
        {
            ["errors"] = errors.Take(ErrorsListed).Select(e => new { path = Echo(e.Path), message = Echo(e.Message, MaxMessageChars) }).ToArray(),
        };
        var count = errors.Count;
        if (count > ErrorsListed) extensions["moreErrors"] = count - ErrorsListed;
        if (caseId is not null) extensions["caseId"] = Echo(caseId);

        var listed = string.Join(" ", errors.Take(ErrorsInDetail).Select(e => $"{Echo(e.Path)} {Echo(e.Message, MaxMessageChars)}"));
        var more = count > ErrorsListed ? $" (and {count - ErrorsInDetail} more: errors lists the first {ErrorsListed}, moreErrors counts the rest)"
            : count > ErrorsInDetail ? $" (and {count - ErrorsInDetail} more in errors)"
            : "";
        return Results.Problem(
            title: title,
            detail: $"{count} {(count == 1 ? "error" : "errors")}: {listed}{more}",
            statusCode: status,
            extensions: extensions);
    }
}
