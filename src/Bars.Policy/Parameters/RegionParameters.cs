namespace Bars.Policy.Parameters;

/// <summary>
/// The parameters in force for one region on one day, indexed by <see cref="Parameter"/>. A missing value means
/// neither the source nor the host states one, which the rules answer as Undetermined.
/// </summary>
internal sealed class RegionParameters
{
    private static readonly int Count = Enum.GetValues<Parameter>().Length;

    private readonly ParameterValue?[] values;

    private RegionParameters(string region, ParameterValue?[] values)
    {
        Region = region;
        this.values = values;
    }

    public string Region { get; }

    /// <summary>The value of <paramref name="name"/>, or null where none is stated.</summary>
    public ParameterValue? this[Parameter name] => values[(int)name];

    /// <summary>Whether <paramref name="other"/> is the same region with the same values (each with its period and citation).</summary>
    public bool SameAs(RegionParameters other) =>
        ReferenceEquals(this, other) || (Region == other.Region && values.AsSpan().SequenceEqual(other.values));

    /// <summary>A region whose parameters are <paramref name="stated"/> (each at most once) and nothing else.</summary>
    public static RegionParameters Of(string region, IEnumerable<ParameterValue> stated)
    {
        var values = new ParameterValue?[Count];
        foreach (var value in stated)
        {
            if (values[(int)value.Name] is not null) throw new ArgumentException($"{value.Name} is stated twice for {region}.", nameof(stated));
            values[(int)value.Name] = value;
        }

        return new RegionParameters(region, values);
    }

    /// <summary>A copy with <paramref name="value"/> in place of its parameter.</summary>
    public RegionParameters With(ParameterValue value)
    {
        var copy = (ParameterValue?[])values.Clone();
        copy[(int)value.Name] = value;
        return new RegionParameters(Region, copy);
    }
}
