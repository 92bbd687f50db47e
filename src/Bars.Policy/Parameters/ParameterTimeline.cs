namespace Bars.Policy.Parameters;

/// <summary>
/// The parameters of one region over time: the shipped ones (no dates, I5) with a host's dated values laid over
/// them. Without host values every day resolves to the same object, so the common case costs nothing per case.
/// </summary>
internal sealed class ParameterTimeline(RegionParameters shipped, IReadOnlyList<ParameterValue> hostValues)
{
    public RegionParameters Shipped => shipped;

    public IReadOnlyList<ParameterValue> HostValues => hostValues;

    public RegionParameters On(DateOnly day)
    {
        if (hostValues.Count == 0) return shipped;
        var parameters = shipped;
        foreach (var value in hostValues)
        {
            if (value.InForceOn(day)) parameters = parameters.With(value);
        }

        return parameters;
    }
}
