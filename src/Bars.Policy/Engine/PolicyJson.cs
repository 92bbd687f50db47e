using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Bars.Policy.Engine;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>
/// The JSON contract: cases in, decisions out (camelCase, enums as names, dates yyyy-MM-dd; unknown fields,
/// wrong types and malformed dates are errors naming the field).
/// </summary>
public static partial class PolicyJson
{
    // Relaxed escaping keeps the source's quotes and apostrophes readable; the output is JSON, never HTML.
    internal static readonly PolicyJsonContext Compact = new(new JsonSerializerOptions(PolicyJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private static readonly PolicyJsonContext Indented = new(new JsonSerializerOptions(Compact.Options) { WriteIndented = true });

    /// <summary>
    /// The contract's settings (camelCase, enums as names only, dates yyyy-MM-dd, unknown fields refused), read-only,
    /// for a host that serializes decisions or cases itself, e.g. <c>Results.Json(decision, PolicyJson.Options)</c>.
    /// They know the contract's types only: to add the host's own, copy them
    /// (<c>new JsonSerializerOptions(PolicyJson.Options)</c>) and add a resolver to the copy's <c>TypeInfoResolverChain</c>.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = ReadOnly(Compact.Options);

    /// <summary>Reads a case. Never throws for bad input: problems come back in <see cref="CaseReadResult.Errors"/>.</summary>
    /// <param name="json">The case as JSON; a leading byte-order mark is ignored. A lone surrogate is an error.</param>
    /// <returns>The case, or the errors that kept it from being read.</returns>
    public static CaseReadResult ReadCase(string json)
    {
        ArgumentNullException.ThrowIfNull(json);

        // Encoded without replacement: a lone surrogate would otherwise become U+FFFD and the case be read as
        // another. The pooled buffer spares the copy's allocation; nothing read refers to it afterwards.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(json));
        try
        {
            return Utf8.FromUtf16(json, buffer, out var charsRead, out var bytesWritten, replaceInvalidSequences: false) == OperationStatus.Done
                ? ReadCase(buffer.AsSpan(0, bytesWritten))
                : new CaseReadResult(null, null, [InvalidText.Utf16At(charsRead)]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a case from UTF-8 bytes. Never throws for bad input.</summary>
    /// <param name="utf8Json">The case as UTF-8 JSON; a leading byte-order mark is ignored. Bytes that are not UTF-8 are an error.</param>
    /// <returns>The case, or the errors that kept it from being read.</returns>
    public static CaseReadResult ReadCase(ReadOnlySpan<byte> utf8Json)
    {
        // A byte-order mark is not JSON, but editors write one; it says nothing about the case.
        var skipped = utf8Json.StartsWith("\uFEFF"u8) ? 3 : 0;
        var document = utf8Json[skipped..];
        if (OnePassCaseReader.TryRead(document) is { } common) return new CaseReadResult(common, CaseReader.EchoedCaseId(common.CaseId), []);
        try
        {
            var c = JsonSerializer.Deserialize(document, Compact.PolicyCase);
            return c is null
                ? new CaseReadResult(null, null, [new ValidationError(JsonErrors.Root, "must be a case object, not null.")])
                : new CaseReadResult(c, CaseReader.EchoedCaseId(c.CaseId), []);
        }
        catch (JsonException ex)
        {
            return Unreadable(document, skipped, ex);
        }
    }

    /// <summary>What can be read of a case the contract refused (see <see cref="PartialCase"/>), or null.</summary>
    internal static PolicyCase? ReadPartial(ReadOnlySpan<byte> utf8Json, IReadOnlyList<ValidationError> errors) =>
        PartialCase.Read(utf8Json, errors, Compact.Options);

    internal static PolicyCase? ReadPartial(string json, IReadOnlyList<ValidationError> errors) =>
        errors.Count == 0 || errors.Any(e => e.Path == JsonErrors.Root) || !Utf8Strict(json, out var bytes) ? null : PartialCase.Read(bytes, errors, Compact.Options);

    // The text as UTF-8, refused (false) when it holds a lone surrogate: nothing is read as a replacement character.
    private static bool Utf8Strict(string json, out byte[] bytes)
    {
        try
        {
            bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetBytes(json);
            return true;
        }
        catch (EncoderFallbackException)
        {
            bytes = [];
            return false;
        }
    }

    // Only once reading failed is the document looked at again, so a valid case pays for none of this.
    private static CaseReadResult Unreadable(ReadOnlySpan<byte> document, int skipped, JsonException ex)
    {
        var caseId = TryReadCaseId(document);

        // Bytes that are not text come first: whatever else the serializer met, it met it in text it misread.
        if (InvalidText.FirstInvalidUtf8(document) is >= 0 and var bad) return new CaseReadResult(null, caseId, [InvalidText.Utf8At(skipped + bad)]);
        if (JsonErrors.IsSyntaxError(ex)) return new CaseReadResult(null, caseId, [JsonErrors.From(ex, document)]);

        // JSON that misses the contract: walk all of it for every miss, not only the serializer's first. A
        // document that breaks after its first miss is not JSON at all, and that one error is what it gets.
        List<ValidationError> errors;
        try
        {
            using var parsed = JsonDocument.Parse(document.ToArray());
            errors = ContractWalk.Errors(parsed.RootElement, Compact.PolicyCase);
        }
        catch (JsonException syntax)
        {
            errors = [JsonErrors.From(syntax, document)];
        }

        // Should the walk ever see less than the serializer did, the serializer's error still stands.
        return new CaseReadResult(null, caseId, errors.Count > 0 ? errors : [JsonErrors.From(ex, document)]);
    }

    /// <summary>Writes a decision as JSON: one line, or indented for people.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="indented">Indent the JSON for people instead of writing one line.</param>
    /// <returns>The decision as JSON.</returns>
    public static string Write(PolicyDecision decision, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var scratch = DecisionScratch.Rent(indented);
        try
        {
            DecisionWriter.Write(scratch.Writer, decision);
            scratch.Writer.Flush();
            return Encoding.UTF8.GetString(scratch.Buffer.WrittenSpan);
        }
        finally
        {
            DecisionScratch.Return(scratch);
        }
    }

    /// <summary>Writes a decision as one line of UTF-8 JSON to <paramref name="writer"/>.</summary>
    /// <param name="writer">Where the JSON goes.</param>
    /// <param name="decision">The decision.</param>
    public static void Write(Utf8JsonWriter writer, PolicyDecision decision)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(decision);
        DecisionWriter.Write(writer, decision);
    }

    /// <summary>Writes a case as JSON.</summary>
    /// <param name="policyCase">The case.</param>
    /// <param name="indented">Indent the JSON for people instead of writing one line.</param>
    /// <returns>The case as JSON.</returns>
    public static string Write(PolicyCase policyCase, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        return JsonSerializer.Serialize(policyCase, (indented ? Indented : Compact).PolicyCase);
    }

    /// <summary>Writes the rule catalogue (<see cref="CatalogExtensions.Describe"/>) as JSON: one line, or indented for people.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="indented">Indent the JSON over several lines.</param>
    /// <returns>The JSON: camelCase, enums as names, dates yyyy-MM-dd.</returns>
    public static string Write(Catalog.PolicyCatalog catalog, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return JsonSerializer.Serialize(catalog, (indented ? Indented : Compact).PolicyCatalog);
    }

    /// <summary>Writes a why-not answer (<see cref="ExplanationExtensions.WhyNot(PolicyEngine, PolicyCase, Explanation.WhyNotOptions)"/>) as JSON.</summary>
    /// <param name="answer">The answer.</param>
    /// <param name="indented">Indent the JSON over several lines.</param>
    /// <returns>The JSON: camelCase, enums as names, dates yyyy-MM-dd.</returns>
    public static string Write(Explanation.WhyNotAnswer answer, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return JsonSerializer.Serialize(answer, (indented ? Indented : Compact).WhyNotAnswer);
    }

    /// <summary>Writes a screening (<see cref="ExplanationExtensions.Screen(PolicyEngine, PolicyCase)"/>) as JSON.</summary>
    /// <param name="screening">The screening.</param>
    /// <param name="indented">Indent the JSON over several lines.</param>
    /// <returns>The JSON: camelCase, enums as names, dates yyyy-MM-dd.</returns>
    public static string Write(Explanation.Screening screening, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(screening);
        return JsonSerializer.Serialize(screening, (indented ? Indented : Compact).Screening);
    }

    /// <summary>Writes a timeline (<see cref="ExplanationExtensions.Timeline(PolicyEngine, PolicyCase, DateOnly, DateOnly)"/>) as JSON.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indented">Indent the JSON over several lines.</param>
    /// <returns>The JSON: camelCase, enums as names, dates yyyy-MM-dd.</returns>
    public static string Write(Explanation.CaseTimeline timeline, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        return JsonSerializer.Serialize(timeline, (indented ? Indented : Compact).CaseTimeline);
    }

    /// <summary>Writes a verification report (<see cref="VerificationExtensions.Verify"/>) as JSON.</summary>
    /// <param name="verification">The report.</param>
    /// <param name="indented">Indent the JSON over several lines.</param>
    /// <returns>The JSON: camelCase, enums as names; times as TimeSpan text (hh:mm:ss.fffffff).</returns>
    public static string Write(Verification.PolicyVerification verification, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(verification);
        return JsonSerializer.Serialize(verification, (indented ? Indented : Compact).PolicyVerification);
    }

    /// <summary>Reads a decision written by <see cref="Write(PolicyDecision, bool)"/>.</summary>
    /// <param name="json">The decision as JSON.</param>
    /// <returns>The decision, equal to the one written.</returns>
    /// <exception cref="JsonException">The JSON is not a decision, or not one the engine could have made.</exception>
    public static PolicyDecision ReadDecision(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Compact.PolicyDecision) ?? throw new JsonException("The JSON is null, not a decision.");
        }
        catch (ArgumentException ex)
        {
            // The decision's constructor refuses parts that do not make a decision (e.g. neither errors nor an enlistment).
            throw new JsonException("The JSON is not a decision: " + ex.Message, ex);
        }
    }

    private static JsonSerializerOptions ReadOnly(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }

    // A broken document may still say which case it is: look for a top-level "caseId" string before the break.
    private static string? TryReadCaseId(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndObject) return null;
                if (reader.TokenType != JsonTokenType.PropertyName) return null;
                var isCaseId = reader.ValueTextEquals("caseId"u8);
                if (!reader.Read()) return null;
                if (isCaseId) return reader.TokenType == JsonTokenType.String ? CaseReader.EchoedCaseId(reader.GetString()) : null;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // The document breaks before a caseId could be read.
        }
        catch (InvalidOperationException)
        {
            // Skip() on a partial document.
        }

        return null;
    }
}
