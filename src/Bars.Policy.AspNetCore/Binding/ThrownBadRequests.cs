using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bars.Policy.AspNetCore.Binding;

/// <summary>
/// A <see cref="PolicyCase"/> that could not be bound when minimal APIs throw their bad requests
/// (<c>RouteHandlerOptions.ThrowOnBadRequest</c>, on in Development): the developer exception page or the host's
/// exception handler catches the exception before <see cref="CaseBindingErrors"/> sees the 400, and would answer it
/// with its own page or a 500. Both ask this first, and it answers the 400 problem listing the case's errors.
/// </summary>
internal sealed class ThrownBadRequests : IDeveloperPageExceptionFilter, IExceptionHandler
{
    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
    {
        if (!await TryHandleAsync(errorContext.HttpContext, errorContext.Exception, errorContext.HttpContext.RequestAborted)) await next(errorContext);
    }

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException || httpContext.Response.HasStarted) return false;
        // The exception handler has cleared the request's endpoint by now, and keeps it in its feature.
        var endpoint = httpContext.GetEndpoint() ?? httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        if (await CaseBindingErrors.InvalidCaseAsync(httpContext, endpoint, exception) is not { } invalid) return false;

        httpContext.Response.Clear();
        await Problems.InvalidCase(invalid).ExecuteAsync(httpContext);
        return true;
    }
}
