using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bars.Policy.AspNetCore.Binding;

/// <summary>
/// Answers a <see cref="PolicyCase"/> parameter that could not be bound as a 400 problem listing every error with its
/// path, instead of the empty 400 minimal APIs give a body they cannot read. Added around the whole pipeline by
/// <see cref="BarsPolicyEndpoints.AddBarsPolicyEndpoints"/>, so no middleware has to be remembered: a JSON request body
/// is buffered (so a body that is not even JSON can be read again, by the library), and after the endpoint ran, a 400
/// with nothing written from an endpoint that takes a <see cref="PolicyCase"/> gets the errors the converter kept, or
/// those of the library's reading of the body.
/// </summary>
internal sealed class CaseBindingErrors(RequestDelegate next, IOptions<BarsPolicyEndpointOptions> limits)
{
    /// <summary>Where <see cref="PolicyCaseConverter"/> keeps the invalid decision of the case it refused.</summary>
    public static readonly object Key = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (MediaTypes.Accepts(context.Request, MediaTypes.Json) && context.Request.ContentLength is null or > 0) context.Request.EnableBuffering();
        await next(context);

        var response = context.Response;
        if (response.StatusCode != StatusCodes.Status400BadRequest || response.HasStarted) return;
        if (await InvalidCaseAsync(context, limits.Value.MaxCaseBytes) is { } invalid) await Problems.InvalidCase(invalid).ExecuteAsync(context);
    }

    /// <summary>
    /// The invalid case of a request whose endpoint takes a <see cref="PolicyCase"/> and could not bind it: the one
    /// the converter kept, or the library's reading of the (buffered) body; null when the endpoint takes no case or
    /// its case was valid.
    /// </summary>
    /// <param name="context">The request.</param>
    /// <param name="limit">The most bytes of the body read again.</param>
    /// <param name="endpoint">The request's endpoint; by default the one routing chose (an exception handler clears it, and passes the one it kept).</param>
    public static async Task<PolicyDecision?> InvalidCaseAsync(HttpContext context, long limit, Endpoint? endpoint = null)
    {
        if (!TakesACase(endpoint ?? context.GetEndpoint())) return null;
        var invalid = context.Items[Key] as PolicyDecision;
        if (invalid is null && context.Request.Body.CanSeek && context.RequestServices.GetService<PolicyEngine>() is { } engine)
        {
            // Not read as far as a case: the library says why (not JSON, at which line and column).
            context.Request.Body.Position = 0;
            var bytes = await ReadAsync(context.Request.Body, limit, context.RequestAborted);
            var decided = bytes is null ? null : engine.EvaluateJson(bytes);
            invalid = decided is { IsValid: false } ? decided : null;
        }

        return invalid;
    }

    // The buffered body again, or null past the limit (the server's own limit answered it already).
    private static async Task<byte[]?> ReadAsync(Stream body, long limit, CancellationToken cancel)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, cancel)) > 0)
        {
            if (copy.Length + read > limit) return null;
            copy.Write(buffer, 0, read);
        }

        return copy.ToArray();
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
