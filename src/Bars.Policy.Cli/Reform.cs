namespace Bars.Policy.Cli;

/// <summary>
/// A reform: dated parameter changes laid over the shipped policy, read from JSON — a list of
/// <c>{ region, parameter, value, effectiveFrom, effectiveTo?, citation: { id, quote } }</c>; docs/samples/reform.json
/// is an example. Read as strictly as cases are (<see cref="ReformReader"/>): parameter names only, dates
/// yyyy-MM-dd, unknown fields refused; and as bytes by the library's <see cref="Utf8Document"/>.
/// </summary>
internal sealed record ReformFile(IReadOnlyList<ReformParameter> Parameters)
{
    /// <summary>The reform in <paramref name="input"/> (the file at <paramref name="path"/>, or standard input for
    /// <c>-</c>); <see cref="ReformException"/> (or an I/O exception) when it cannot be used.</summary>
    public static ReformFile Read(Stream input, string path)
    {
        var document = Utf8Document.Read(input, MaxBytesOption.Default);

        if (document.Refusal is { } problem) throw new ReformException(problem);
        if (document.Error is { } error) throw new ReformException($"it {error.Message}");
        return ReformReader.Read(document.Bytes.ToArray()) with { Source = Output.FileFingerprint.Of(path, document.Bytes) };
    }

    /// <summary>The file the reform was read from (its name, size and SHA-256), for the run's provenance.</summary>
    public Output.FileFingerprint? Source { get; init; }

    /// <summary>
    /// What the reform may not mean, said without refusing it, each at its path: an empty reform (it changes
    /// nothing); an amount with a fraction of a kopeck; and, given <paramref name="baseline"/>'s catalogue, a value
    /// equal to the one in force in its region on its first day (that entry changes nothing).
    /// </summary>
    public IReadOnlyList<string> Warnings(Catalog.PolicyCatalog? baseline = null)
    {
        if (Parameters.Count == 0) return ["$.parameters is empty: the reform changes nothing, so every case compares equal."];
        var warnings = new List<string>();
        for (var i = 0; i < Parameters.Count; i++)
        {
            var p = Parameters[i];
            var path = $"$.parameters[{i}].value";
            var value = p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (IsAmount(p.Parameter) && decimal.Round(p.Value, 2) != p.Value)
            {
                warnings.Add($"{path} {value} roubles has a fraction of a kopeck: it is used as written, though no payment is made in less than a kopeck.");
            }

            var inForce = baseline?.Parameters.FirstOrDefault(v =>
                v.Region == p.Region && v.Name == p.Parameter.ToString()
                && (v.EffectiveFrom is not { } from || from <= p.EffectiveFrom) && (v.EffectiveTo is not { } to || to >= p.EffectiveFrom));
            if (inForce is not null && inForce.Value == p.Value)
            {
                warnings.Add($"{path} {value} is the value of {p.Parameter} already in force in {p.Region} on {p.EffectiveFrom:yyyy-MM-dd} ({string.Join(", ", inForce.Claims)}): this entry changes nothing from that day.");
            }
        }

        return warnings;
    }

    // Parameters in roubles, whose smallest unit is the kopeck.
    private static bool IsAmount(Parameter parameter) => parameter.ToString().EndsWith("Rub", StringComparison.Ordinal);

    /// <summary>The reform as an engine: the shipped policy with the reform's values (run as
    /// <paramref name="execution"/> asks, or as the library chooses). What the library refuses (periods that
    /// overlap, an impossible value) is a <see cref="ReformException"/> listing every failure, not the options' words.</summary>
    public PolicyEngine Build(PolicyExecution? execution = null)
    {
        try
        {
            return PolicyEngine.Create(o =>
            {
                if (execution is { } e) o.Execution = e;
                foreach (var p in Parameters)
                {
                    o.Parameters.Set(p.Region, p.Parameter, p.Value, p.EffectiveFrom, p.Citation!, p.EffectiveTo);
                }
            });
        }
        catch (PolicyConfigurationException e)
        {
            throw ReformException.Of(e.Failures);
        }
    }
}
