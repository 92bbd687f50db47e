namespace Bars.Policy.Parameters;

/// <summary>
/// The parameters of one region over time: the shipped ones (no dates, I5) with a host's dated values laid over
/// them. Without host values every day resolves to the same object, so the common case costs nothing per case.
/// </summary>
internal sealed class ParameterTimeline(RegionParameters shipped, IReadOnlyList<ParameterValue> hostValues)
{
    public RegionParameters Shipped => shipped;

    public IReadOnlyList<ParameterValue> HostValues => hostValues;

    /// <summary>Whether <paramref name="other"/> holds the same values over time: the same shipped values and the
    /// same host values, in the same order (a later one overrides an earlier one on the days they share).</summary>
    public bool SameAs(ParameterTimeline other) =>
        shipped.SameAs(other.Shipped) && hostValues.SequenceEqual(other.HostValues);

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

    /// <summary>The value of <paramref name="parameter"/> in force on <paramref name="day"/>.</summary>
    public ParameterValue? On(DateOnly day, Parameter parameter)
    {
        var value = shipped[parameter];
        foreach (var hosted in hostValues)
        {
            if (hosted.Name == parameter && hosted.InForceOn(day)) value = hosted;
        }

        return value;
    }

    /// <summary>The parameters each read on its own day (<see cref="ParameterDay"/>): <paramref name="dayOf"/> gives the day.</summary>
    public RegionParameters Resolve(Func<ParameterDay.Of, DateOnly> dayOf)
    {
        if (hostValues.Count == 0) return shipped;
        var values = new List<ParameterValue>(Count);
        for (var p = 0; p < Count; p++)
        {
            if (On(dayOf(ParameterDay.For((Parameter)p)), (Parameter)p) is { } value) values.Add(value);
        }

        return RegionParameters.Of(shipped.Region, values);
    }

    /// <summary>
    /// The days of <paramref name="days"/> cut where the value of <paramref name="parameter"/> changes, each with the
    /// value in force on it (null where none is stated): one period when one value holds throughout (I9). The one
    /// place the periods of a dated value are worked out.
    /// </summary>
    public IReadOnlyList<(ContractTerm Days, ParameterValue? Value)> Periods(Parameter parameter, ContractTerm days)
    {
        if (hostValues.Count == 0) return [(days, shipped[parameter])];
        var cuts = new SortedSet<DateOnly>();
        foreach (var value in hostValues)
        {
            if (value.Name != parameter) continue;
            if (value.EffectiveFrom is { } from && from > days.Start && from <= days.End) cuts.Add(from);
            if (value.EffectiveTo is { } to && to >= days.Start && to < days.End) cuts.Add(to.AddDays(1));
        }

        var periods = new List<(ContractTerm, ParameterValue?)>(cuts.Count + 1);
        var start = days.Start;
        // The last period ends on days.End (which may be the calendar's last day: no day after it to cut at).
        foreach (var cut in cuts.Select(c => (DateOnly?)c).Append(null))
        {
            var value = On(start, parameter);
            var last = cut is { } c ? c.AddDays(-1) : days.End;
            // Neighbours with the same value are one period: a cut only where the value really changes.
            if (periods.Count > 0 && Equals(periods[^1].Item2, value)) periods[^1] = (new ContractTerm(periods[^1].Item1.Start, last), value);
            else periods.Add((new ContractTerm(start, last), value));
            if (cut is { } next) start = next;
        }

        return periods;
    }

    /// <summary>
    /// The days on which some parameter's value changes (a dated value taking effect, or the day after one ends),
    /// ascending: the calendar cut into periods in which every parameter keeps its value, by <see cref="Periods"/>.
    /// </summary>
    public IReadOnlyList<DateOnly> ChangeDays() => changeDays ??= hostValues.Count == 0 ? [] : Enum.GetValues<Parameter>()
        .SelectMany(p => Periods(p, Always).Skip(1).Select(period => period.Days.Start))
        .Distinct().Order().ToArray();

    private IReadOnlyList<DateOnly>? changeDays;

    private static readonly ContractTerm Always = new(DateOnly.MinValue, DateOnly.MaxValue);

    private static readonly int Count = Enum.GetValues<Parameter>().Length;
}
