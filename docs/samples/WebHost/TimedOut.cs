using Microsoft.AspNetCore.Http.Timeouts;

namespace Bars.Policy.Samples.WebHost;

/// <summary>The time a request may take (<see cref="DecisionLimits.MaxBatchSeconds"/>, <see cref="DecisionLimits.MaxCaseSeconds"/>) and the answer past it.</summary>
internal static class TimedOut
{
    /// <summary>A request-timeout policy of <paramref name="seconds"/> whose answer is a 503 problem naming <paramref name="what"/>.</summary>
    public static RequestTimeoutPolicy Policy(string what, int seconds) => new()
    {
        Timeout = TimeSpan.FromSeconds(seconds),
        TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        WriteTimeoutResponse = context =>
        {
            context.Response.Headers.RetryAfter = "1";
            return Results.Problem(
                title: $"The {what} took too long.",
                detail: $"A {what} must be sent and answered within {seconds} seconds, its wait for a turn included; send it faster or smaller, or try again shortly.",
                statusCode: StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        },
    };

    /// <summary>Whether the request's time is up (rather than its client gone).</summary>
    public static bool Now(HttpContext context) =>
        context.Features.Get<IHttpRequestTimeoutFeature>()?.RequestTimeoutToken.IsCancellationRequested == true;
}
