using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Bars.Policy.AspNetCore.Binding;

/// <summary>
/// Reads a <see cref="PolicyCase"/> bound from a request body as the library reads one (<see cref="PolicyJson.ReadCase(string)"/>:
/// unknown fields refused, enums and dates checked) and checks its values against the request's engine. A case
/// that fails is kept with its errors on the request (<see cref="CaseBindingErrors"/>) for the 400 problem, and
/// the binding fails. Writes a case as the JSON contract does.
/// </summary>
internal sealed class PolicyCaseConverter(IHttpContextAccessor requests) : JsonConverter<PolicyCase>
{
    public override PolicyCase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var json = document.RootElement.GetRawText();
        var read = PolicyJson.ReadCase(json);
        var context = requests.HttpContext;
        var engine = context?.RequestServices.GetService<PolicyEngine>();

        // Every error in one round: a decision of the bytes lists those of reading and those of the values that
        // could be read (a region the engine does not know, a birth after the start); without an engine, the reader's.
        var invalid = engine is not null
            ? engine.EvaluateJson(json) is { IsValid: false } decided ? decided : null
            : read.Case is null ? PolicyDecision.Invalid(read.CaseId, null, null, read.Errors) : null;
        if (invalid is null && read.Case is { } c) return c;
        invalid ??= PolicyDecision.Invalid(read.CaseId, null, null, read.Errors);

        if (context is not null)
        {
            context.Items[CaseBindingErrors.Key] = invalid;
            // The package answers this 400 with the errors: status-code pages must not answer it first, empty-handed.
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        }

        throw new JsonException($"The case is invalid: {string.Join("; ", invalid.Errors.Take(10).Select(e => $"{e.Path} {e.Message}"))}");
    }

    public override void Write(Utf8JsonWriter writer, PolicyCase value, JsonSerializerOptions options) =>
        writer.WriteRawValue(PolicyJson.Write(value), skipInputValidation: true);
}
