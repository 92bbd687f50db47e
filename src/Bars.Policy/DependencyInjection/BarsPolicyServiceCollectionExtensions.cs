using Bars.Policy;
using Bars.Policy.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers Bars.Policy with a service collection through the options pattern: each call adds its configuration
/// to <see cref="PolicyEngineOptions"/> (calls compose, in order), every failure is reported at once, and a generic
/// host refuses to start with a bad configuration (<c>ValidateOnStart</c>). The engine is built — checked and every
/// region compiled — when it is first resolved: resolve it at start-up to pay that cost there.
/// </summary>
public static class BarsPolicyServiceCollectionExtensions
{
    /// <summary>Registers one <see cref="PolicyEngine"/> singleton: the shipped policy, plus whatever other calls
    /// (or <c>services.Configure&lt;PolicyEngineOptions&gt;</c>) add to its options.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    public static IServiceCollection AddBarsPolicy(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Register(services, Options.Options.DefaultName);
        return services;
    }

    /// <summary>Registers one <see cref="PolicyEngine"/> singleton and adds <paramref name="configure"/> to its options.
    /// Calling it again adds to the same options; it never registers a second engine.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    public static IServiceCollection AddBarsPolicy(this IServiceCollection services, Action<PolicyEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        Register(services, Options.Options.DefaultName).Configure(configure);
        return services;
    }

    /// <summary>Like <see cref="AddBarsPolicy(IServiceCollection, Action{PolicyEngineOptions})"/>, with a
    /// configuration that reads other services (a host's settings, its own sources).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options, given the service provider.</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    public static IServiceCollection AddBarsPolicy(this IServiceCollection services, Action<PolicyEngineOptions, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        Register(services, Options.Options.DefaultName).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers a keyed <see cref="PolicyEngine"/> singleton with its own named options, beside the default engine
    /// and any other key: a baseline and a reform side by side. Resolve it with
    /// <c>GetRequiredKeyedService&lt;PolicyEngine&gt;(serviceKey)</c> or <c>[FromKeyedServices(serviceKey)]</c>.
    /// Calls with the same key compose, as <see cref="AddBarsPolicy(IServiceCollection, Action{PolicyEngineOptions})"/> does.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The engine's key, also the name of its options.</param>
    /// <param name="configure">Sets the options (<c>_ =&gt; { }</c> for the shipped policy unchanged).</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    public static IServiceCollection AddKeyedBarsPolicy(this IServiceCollection services, string serviceKey, Action<PolicyEngineOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configure);
        Register(services, serviceKey).Configure(configure);
        return services;
    }

    /// <summary>Like <see cref="AddKeyedBarsPolicy(IServiceCollection, string, Action{PolicyEngineOptions})"/>, with a
    /// configuration that reads other services.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="serviceKey">The engine's key, also the name of its options.</param>
    /// <param name="configure">Sets the options, given the service provider.</param>
    /// <returns><paramref name="services"/>, to chain calls.</returns>
    public static IServiceCollection AddKeyedBarsPolicy(this IServiceCollection services, string serviceKey, Action<PolicyEngineOptions, IServiceProvider> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
        ArgumentNullException.ThrowIfNull(configure);
        Register(services, serviceKey).Configure(configure);
        return services;
    }

    // Idempotent: the validator, the start-up check and the engine are added once per name, however often it is called.
    private static OptionsBuilder<PolicyEngineOptions> Register(IServiceCollection services, string name)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PolicyEngineOptions>, PolicyEngineOptionsValidator>());
        if (name == Options.Options.DefaultName) services.TryAddSingleton(sp => Build(sp, name));
        else services.TryAddKeyedSingleton(name, (sp, _) => Build(sp, name));
        return services.AddOptions<PolicyEngineOptions>(name).ValidateOnStart();
    }

    // The options are validated (all failures at once) when the monitor first makes them; the build then cannot fail.
    // The container's logging, unless the options name their own.
    private static PolicyEngine Build(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<PolicyEngineOptions>>().Get(name);
        options.LoggerFactory ??= services.GetService<Microsoft.Extensions.Logging.ILoggerFactory>();
        return PolicyEngine.Create(options);
    }
}
