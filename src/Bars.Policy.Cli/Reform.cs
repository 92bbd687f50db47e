namespace Bars.Policy.Cli;

/// <summary>
/// A reform: dated parameter changes laid over the shipped policy, read from JSON — a list of
/// <c>{ region, parameter, value, effectiveFrom, effectiveTo?, citation: { id, quote } }</c>; docs/samples/reform.json
/// is an example. Read as strictly as cases are (<see cref="ReformReader"/>): parameter names only, dates
/// yyyy-MM-dd, unknown fields refused; and as bytes by the input rules (<see cref="InputRules"/>).
/// </summary>
internal sealed record ReformFile(IReadOnlyList<ReformParameter> Parameters)
{
    /// <summary>The reform in <paramref name="input"/> (the file at <paramref name="path"/>, or standard input for
    /// <c>-</c>); <see cref="ReformException"/> (or an I/O exception) when it cannot be used.</summary>
    public static ReformFile Read(Stream input, string path)
    {
        var document = CliDocument.Read(input, InputRules.DefaultMaxBytes);

        if (document.Problem is { } problem) throw new ReformException(problem);
        if (InputRules.DocumentError(document.Bytes, document.TooLong, InputRules.DefaultMaxBytes) is { } error) throw new ReformException($"it {error.Message}");
        return ReformReader.Read(document.Bytes.ToArray()) with { Source = Output.FileFingerprint.Of(path, document.Bytes) };
    }

    /// <summary>The file the reform was read from (its name, size and SHA-256), for the run's provenance.</summary>
    public Output.FileFingerprint? Source { get; init; }

    /// <summary>The reform as an engine: the shipped policy with the reform's values (run as
    /// <paramref name="execution"/> asks, or as the library chooses).</summary>
    public PolicyEngine Build(PolicyExecution? execution = null) => PolicyEngine.Create(o =>
    {
        if (execution is { } e) o.Execution = e;
        foreach (var p in Parameters)
        {
            o.Parameters.Set(p.Region, p.Parameter, p.Value, p.EffectiveFrom, p.Citation!, p.EffectiveTo);
        }
    });
}
