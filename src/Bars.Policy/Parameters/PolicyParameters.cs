namespace Bars.Policy;

/// <summary>
/// A host's dated values for the policy's parameters, set per region with the host's own citation. A value holds on
/// every day from <c>effectiveFrom</c> to <c>effectiveTo</c> inclusive (open-ended without one) and, on those days,
/// takes the place of the shipped value — or fills a silence where the source states none (e.g. Kursk monthly pay).
/// Checked when the engine is built: overlapping periods, a missing citation or an unknown region fail fast.
/// </summary>
public sealed class PolicyParameters
{
    private readonly List<HostParameterValue> values = [];

    internal IReadOnlyList<HostParameterValue> Values => values;

    /// <summary>Sets <paramref name="parameter"/> for <paramref name="region"/> to <paramref name="value"/> from <paramref name="effectiveFrom"/>.</summary>
    /// <param name="region">A shipped region, or one added with <see cref="PolicyEngineOptions.AddRegion"/>.</param>
    /// <param name="parameter">Which number.</param>
    /// <param name="value">The value: roubles for amounts, completed years for ages, days or months for durations.</param>
    /// <param name="effectiveFrom">The first day it holds.</param>
    /// <param name="citation">Where it comes from; findings cite it.</param>
    /// <param name="effectiveTo">The last day it holds; open-ended when null.</param>
    /// <returns>This, to chain calls.</returns>
    public PolicyParameters Set(string region, Parameter parameter, decimal value, DateOnly effectiveFrom, SourceCitation citation, DateOnly? effectiveTo = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        values.Add(new HostParameterValue(region, parameter, value, effectiveFrom, effectiveTo, citation));
        return this;
    }
}

/// <summary>One value a host set, as given (checked when the engine is built).</summary>
internal sealed record HostParameterValue(string Region, Parameter Parameter, decimal Value, DateOnly From, DateOnly? To, SourceCitation? Citation);
