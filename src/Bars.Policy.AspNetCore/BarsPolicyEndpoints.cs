using Bars.Policy.AspNetCore.Binding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bars.Policy.AspNetCore;

/// <summary>
/// Bars.Policy in an ASP.NET Core host: <see cref="AddBarsPolicyEndpoints"/> registers the engine, the endpoints'
/// limits and the binding of a <see cref="PolicyCase"/> parameter by the library's own reader;
/// <see cref="MapBarsPolicy"/> maps the endpoints.
/// </summary>
public static class BarsPolicyEndpoints
{
    /// <summary>
    /// Registers the default engine (<c>AddBarsPolicy</c>, unless the host registered one), the limits of the
    /// endpoints (checked when the host starts), and a <see cref="PolicyCase"/> read from a request body as the
    /// library reads it: an unknown field, a value out of the contract, a region the engine does not know — any case
    /// <see cref="PolicyEngine.EvaluateJson(string)"/> would find invalid — makes the request a 400 problem
    /// (RFC 7807) whose <c>errors</c> list each error with its path, in any minimal-API endpoint of the host.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the limits; or bind a configuration section to the returned builder.</param>
    /// <returns>The limits' options builder, to bind or validate further.</returns>
    public static OptionsBuilder<BarsPolicyEndpointOptions> AddBarsPolicyEndpoints(this IServiceCollection services, Action<BarsPolicyEndpointOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddBarsPolicy();
        services.AddHttpContextAccessor();
        services.TryAddSingleton<Gates>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, CaseBindingErrors.Filter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IDeveloperPageExceptionFilter, ThrownBadRequests>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.AspNetCore.Diagnostics.IExceptionHandler, ThrownBadRequests>());
        services.ConfigureHttpJsonOptions(o =>
        {
            if (!o.SerializerOptions.Converters.Any(c => c is PolicyCaseConverter)) o.SerializerOptions.Converters.Insert(0, new PolicyCaseConverter(new HttpContextAccessor()));
        });
        var options = services.AddOptions<BarsPolicyEndpointOptions>()
            .Validate(o => o.Invalid() is null, "The Bars.Policy endpoints' limits are out of range: MaxCaseBytes, MaxBatchBytes, MaxBatchLines, MaxConcurrentBatches, MaxConcurrentCases, MaxBatchSeconds and MaxCaseSeconds must be at least 1; MaxBlankLines, MaxQueuedBatches and MaxQueuedCases at least 0.")
            .ValidateOnStart();
        if (configure is not null) options.Configure(configure);
        return options;
    }

    /// <summary>
    /// Maps, under <paramref name="prefix"/>: <c>POST decisions</c> (one case → its decision), <c>POST decisions/batch</c>
    /// (JSON Lines → one decision per line, in order, streamed), <c>POST why-not</c>, <c>POST screen</c> and
    /// <c>POST timeline?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c>. Each holds to the limits of
    /// <see cref="BarsPolicyEndpointOptions"/> by itself (how many run and wait, how long one takes; 503 beyond), and
    /// answers what is not a decision or an answer as an RFC 7807 problem. Call <see cref="AddBarsPolicyEndpoints"/> first.
    /// </summary>
    /// <param name="endpoints">The host's routes.</param>
    /// <param name="prefix">The routes' common prefix, e.g. <c>/policy</c>; none by default.</param>
    /// <returns>The group of the endpoints, to add conventions (authorization, names) to.</returns>
    public static RouteGroupBuilder MapBarsPolicy(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var gates = endpoints.ServiceProvider.GetService<Gates>()
            ?? throw new InvalidOperationException("MapBarsPolicy needs the services of AddBarsPolicyEndpoints: call builder.Services.AddBarsPolicyEndpoints() first.");
        var group = endpoints.MapGroup(prefix);
        group.MapPost("/decisions", DecisionEndpoints.DecideAsync).AddEndpointFilter(gates.Cases.InvokeAsync);
        group.MapPost("/decisions/batch", DecisionEndpoints.DecideBatchAsync).AddEndpointFilter(gates.Batches.InvokeAsync);
        group.MapPost("/why-not", QuestionEndpoints.WhyNotAsync).AddEndpointFilter(gates.Cases.InvokeAsync);
        group.MapPost("/screen", QuestionEndpoints.ScreenAsync).AddEndpointFilter(gates.Cases.InvokeAsync);
        group.MapPost("/timeline", QuestionEndpoints.TimelineAsync).AddEndpointFilter(gates.Cases.InvokeAsync);
        return group;
    }

    // One gate per kind of request for the host's life, sized by its options.
    internal sealed class Gates(IOptions<BarsPolicyEndpointOptions> options) : IDisposable
    {
        private readonly Lazy<EndpointGate> cases = new(() => new EndpointGate("case", "cases", options.Value.MaxConcurrentCases, options.Value.MaxQueuedCases, options.Value.MaxCaseSeconds));
        private readonly Lazy<EndpointGate> batches = new(() => new EndpointGate("batch", "batches", options.Value.MaxConcurrentBatches, options.Value.MaxQueuedBatches, options.Value.MaxBatchSeconds));

        public EndpointGate Cases => cases.Value;

        public EndpointGate Batches => batches.Value;

        public void Dispose()
        {
            if (cases.IsValueCreated) cases.Value.Dispose();
            if (batches.IsValueCreated) batches.Value.Dispose();
        }
    }
}
