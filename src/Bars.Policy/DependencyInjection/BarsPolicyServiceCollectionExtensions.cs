using Bars.Policy;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Bars.Policy with a service collection.</summary>
public static class BarsPolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="PolicyEngine"/> as a singleton, compiled on first use from the options
    /// <paramref name="configure"/> sets. Calling it again does not register a second engine.
    /// </summary>
    public static IServiceCollection AddBarsPolicy(this IServiceCollection services, Action<PolicyEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ =>
        {
            var options = new PolicyEngineOptions();
            configure?.Invoke(options);
            return PolicyEngine.Create(options);
        });
        return services;
    }
}
