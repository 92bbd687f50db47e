using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Bars.Policy.AspNetCore.Binding;

/// <summary>
/// Answers a <see cref="PolicyCase"/> parameter that could not be bound as a 400 problem listing every error with its
/// path, instead of the empty 400 minimal APIs give a body they cannot read. Added around the whole pipeline by
/// <see cref="BarsPolicyEndpoints.AddBarsPolicyEndpoints"/>, so no middleware has to be remembered: after the endpoint
/// ran, a 400 with nothing written from an endpoint that takes a <see cref="PolicyCase"/> gets the errors the converter
/// kept, or, for a body JSON could not read as far as a case, that it is not valid JSON.
/// </summary>
internal sealed class CaseBindingErrors(RequestDelegate next)
{
    /// <summary>Where <see cref="PolicyCaseConverter"/> keeps the invalid decision of the case it refused.</summary>
    public static readonly object Key = new();

    public async Task InvokeAsync(HttpContext context)
    {
        // The body is not buffered to be read again: buffering every JSON request broke the endpoints' concurrency
        // limits (a stalled body no longer held its place). A body JSON cannot read is named from the reader's error.
        await next(context);

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status400BadRequest || response.HasStarted) return;
        if (await InvalidCaseAsync(context) is { } invalid) await Problems.InvalidCase(invalid).ExecuteAsync(context);
    }

    /// <summary>
    /// The invalid case of a request whose endpoint takes a <see cref="PolicyCase"/> and could not bind it: the one
    /// the converter kept; or, for a body JSON could not read as far as a case, its reader's error (with the line and
    /// column when the bad request was thrown, as in Development); null when the endpoint takes no case.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="endpoint">The request's endpoint; by default the one routing chose (an exception handler clears it, and passes the one it kept).</param>
    /// <param name="thrown">The bad request thrown, when it was.</param>
    public static Task<PolicyDecision?> InvalidCaseAsync(HttpContext context, Endpoint? endpoint = null, Exception? thrown = null)
    {
        if (!TakesACase(endpoint ?? context.GetEndpoint())) return Task.FromResult<PolicyDecision?>(null);
        if (context.Items[Key] is PolicyDecision kept) return Task.FromResult<PolicyDecision?>(kept);

        // Not read as far as a case (the converter never ran): say where JSON stopped, counted from 1 as the library counts.
        var json = thrown?.InnerException as System.Text.Json.JsonException;
        var where = json is { LineNumber: { } line, BytePositionInLine: { } column } ? $" at line {line + 1}, column {column + 1}" : "";
        return Task.FromResult<PolicyDecision?>(PolicyDecision.Invalid(null, null, null, [new ValidationError("$", $"is not valid JSON{where}.")]));
    }

    // The endpoint reads a PolicyCase from its body (minimal APIs say so in its metadata).
    private static bool TakesACase(Endpoint? endpoint) =>
        endpoint?.Metadata.GetOrderedMetadata<IAcceptsMetadata>().Any(a => a.RequestType == typeof(PolicyCase)) == true;

    /// <summary>Puts <see cref="CaseBindingErrors"/> around the host's whole pipeline.</summary>
    internal sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<CaseBindingErrors>();
            next(app);
        };
    }
}
