using System.Text.Json;

namespace Bars.Policy.Cli;

/// <summary>
/// A reform: dated parameter changes laid over the shipped policy, read from JSON — a list of
/// <c>{ region, parameter, value, effectiveFrom, effectiveTo?, citation: { id, quote } }</c>; docs/samples/reform.json
/// is an example. Read as strictly as cases are: parameter names only, dates yyyy-MM-dd, unknown fields refused.
/// </summary>
internal sealed record ReformFile(IReadOnlyList<ReformParameter>? Parameters)
{
    public static ReformFile Read(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), CliJsonContext.Default.ReformFile) ?? throw new JsonException("The reform file is null.");
        }
        catch (JsonException ex) when (ex.Path is { } where && !ex.Message.Contains(where, StringComparison.Ordinal))
        {
            // A converter's own message says what is wrong but not where.
            throw new JsonException($"{where} {ex.Message}", where, ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    /// <summary>The reform as an engine: the shipped policy with the reform's values.</summary>
    public PolicyEngine Build() => PolicyEngine.Create(o =>
    {
        foreach (var p in Parameters ?? [])
        {
            o.Parameters.Set(p.Region, p.Parameter, p.Value, p.EffectiveFrom, p.Citation!, p.EffectiveTo);
        }
    });
}
