using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bars.Policy.Cli;

/// <summary>
/// A reform: dated parameter changes laid over the shipped policy, read from JSON — a list of
/// <c>{ region, parameter, value, effectiveFrom, effectiveTo?, citation: { id, quote } }</c>; docs/samples/reform.json
/// is an example.
/// </summary>
internal sealed record ReformFile(IReadOnlyList<ReformParameter>? Parameters)
{
    public static ReformFile Read(string path) =>
        JsonSerializer.Deserialize(File.ReadAllText(path), CliJsonContext.Default.ReformFile) ?? throw new JsonException("The reform file is null.");

    /// <summary>The reform as an engine: the shipped policy with the reform's values.</summary>
    public PolicyEngine Build() => PolicyEngine.Create(o =>
    {
        foreach (var p in Parameters ?? [])
        {
            o.Parameters.Set(p.Region, p.Parameter, p.Value, p.EffectiveFrom, p.Citation!, p.EffectiveTo);
        }
    });
}

/// <summary>One dated value of a reform.</summary>
internal sealed record ReformParameter(string Region, Parameter Parameter, decimal Value, DateOnly EffectiveFrom, DateOnly? EffectiveTo = null, SourceCitation? Citation = null);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ReformFile))]
[JsonSerializable(typeof(PolicyComparison))]
[JsonSerializable(typeof(CaseComparison))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
