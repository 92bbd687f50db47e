using System.Globalization;
using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>
/// Writes a decision straight to a <see cref="Utf8JsonWriter"/>, member by member: the bytes the source-generated
/// contract (<see cref="PolicyJsonContext"/>) writes — same members, order, nulls, names of enums, dates and number
/// forms — without its per-decision costs (a boxed enumerator per list, a string per date). A decision is written
/// for every case of a batch, and it is the library's only decision writer (<see cref="DecisionConverter"/> puts it
/// behind the contract's options too); a property test holds it to the bytes the generated serializer wrote.
/// </summary>
internal static class DecisionWriter
{
    private static readonly JsonEncodedText CaseId = JsonEncodedText.Encode("caseId");
    private static readonly JsonEncodedText Region = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf");
    private static readonly JsonEncodedText Enlistment = JsonEncodedText.Encode("enlistment");
    private static readonly JsonEncodedText Entitlements = JsonEncodedText.Encode("entitlements");
    private static readonly JsonEncodedText Obligations = JsonEncodedText.Encode("obligations");
    private static readonly JsonEncodedText Service = JsonEncodedText.Encode("service");
    private static readonly JsonEncodedText Errors = JsonEncodedText.Encode("errors");
    private static readonly JsonEncodedText Outcome = JsonEncodedText.Encode("outcome");
    private static readonly JsonEncodedText UndeterminedReason = JsonEncodedText.Encode("undeterminedReason");
    private static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText AmountRub = JsonEncodedText.Encode("amountRub");
    private static readonly JsonEncodedText Period = JsonEncodedText.Encode("period");
    private static readonly JsonEncodedText Phase = JsonEncodedText.Encode("phase");
    private static readonly JsonEncodedText TrainingEndsOn = JsonEncodedText.Encode("trainingEndsOn");
    private static readonly JsonEncodedText Duties = JsonEncodedText.Encode("duties");
    private static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
    private static readonly JsonEncodedText Claims = JsonEncodedText.Encode("claims");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Quote = JsonEncodedText.Encode("quote");
    private static readonly JsonEncodedText Path = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText Policy = JsonEncodedText.Encode("policy");
    private static readonly JsonEncodedText LibraryVersion = JsonEncodedText.Encode("libraryVersion");
    private static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");
    private static readonly JsonEncodedText Parameters = JsonEncodedText.Encode("parameters");
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText EffectiveFrom = JsonEncodedText.Encode("effectiveFrom");
    private static readonly JsonEncodedText EffectiveTo = JsonEncodedText.Encode("effectiveTo");
    private static readonly JsonEncodedText Citation = JsonEncodedText.Encode("citation");
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText JudgedOn = JsonEncodedText.Encode("judgedOn");
    private static readonly JsonEncodedText From = JsonEncodedText.Encode("from");
    private static readonly JsonEncodedText To = JsonEncodedText.Encode("to");
    private static readonly JsonEncodedText Rates = JsonEncodedText.Encode("rates");
    private static readonly JsonEncodedText CitationId = JsonEncodedText.Encode("citationId");
    private static readonly JsonEncodedText WarZoneDeployment = JsonEncodedText.Encode("warZoneDeployment");

    /// <summary>Writes <paramref name="decision"/> as one JSON object, its findings and parameters read at the
    /// <paramref name="detail"/> level (<see cref="FindingsDetail.Full"/>: the contract; <c>Ids</c>: rule ids and
    /// claims, parameters' names, values and citation ids; <c>None</c>: no <c>findings</c> or <c>parameters</c>
    /// members).</summary>
    public static void Write(Utf8JsonWriter writer, PolicyDecision decision, FindingsDetail detail = FindingsDetail.Full)
    {
        writer.WriteStartObject();
        WriteString(writer, CaseId, decision.CaseId);
        WriteString(writer, Region, decision.Region);
        WriteDate(writer, AsOf, decision.AsOf);

        writer.WritePropertyName(Enlistment);
        if (decision.Enlistment is { } enlistment)
        {
            writer.WriteStartObject();
            writer.WriteString(Outcome, EnumNames<EnlistmentOutcome>.Of(enlistment.Outcome));
            WriteDate(writer, JudgedOn, enlistment.JudgedOn);
            WriteEnum(writer, UndeterminedReason, enlistment.UndeterminedReason);
            WriteFindings(writer, enlistment.Findings, detail);
            WriteParameters(writer, enlistment.Parameters, detail);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray(Entitlements);
        var entitlements = decision.Entitlements;
        var slot = DecisionSlot(writer, detail);
        for (var i = 0; i < entitlements.Count; i++)
        {
            var e = entitlements[i];

            // An entitlement every case shares (its one shared finding alone decides it) is encoded once, and copied.
            if (slot >= 0 && e.Findings.Count == 1 && e.Findings[0].Shared?.PlainJson(e, slot, EncodeEntitlement) is { } json) writer.WriteRawValue(json, skipInputValidation: true);
            else WriteEntitlement(writer, e, detail);
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Obligations);
        var obligations = decision.Obligations;
        for (var i = 0; i < obligations.Count; i++)
        {
            var o = obligations[i];
            writer.WriteStartObject();
            writer.WriteString(Kind, EnumNames<ObligationKind>.Of(o.Kind));
            writer.WriteString(Status, EnumNames<ObligationStatus>.Of(o.Status));
            WriteAmount(writer, o.AmountRub);
            WriteDate(writer, From, o.From);
            WriteEnum(writer, UndeterminedReason, o.UndeterminedReason);
            WriteFindings(writer, o.Findings, detail);
            WriteParameters(writer, o.Parameters, detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WritePropertyName(Service);
        if (decision.Service is { } service)
        {
            writer.WriteStartObject();
            writer.WriteString(Phase, EnumNames<ServicePhase>.Of(service.Phase));
            WriteDate(writer, From, service.From);
            WriteDate(writer, To, service.To);
            WriteEnum(writer, UndeterminedReason, service.UndeterminedReason);
            WriteDate(writer, TrainingEndsOn, service.TrainingEndsOn);
            writer.WriteStartArray(Duties);
            for (var i = 0; i < service.Duties.Count; i++) writer.WriteStringValue(service.Duties[i]);
            writer.WriteEndArray();
            writer.WritePropertyName(WarZoneDeployment);
            if (service.WarZoneDeployment is { } deployment)
            {
                writer.WriteStartObject();
                writer.WriteString(Status, EnumNames<DeploymentStatus>.Of(deployment.Status));
                WriteEnum(writer, UndeterminedReason, deployment.UndeterminedReason);
                WriteFindings(writer, deployment.Findings, detail);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            WriteFindings(writer, service.Findings, detail);
            WriteParameters(writer, service.Parameters, detail);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray(Errors);
        var errors = decision.Errors;
        for (var i = 0; i < errors.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteString(Path, errors[i].Path);
            writer.WriteString(Message, errors[i].Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WritePropertyName(Policy);
        if (decision.Policy is { } policy)
        {
            writer.WriteStartObject();
            writer.WriteString(LibraryVersion, policy.LibraryVersion);
            writer.WriteString(Fingerprint, policy.Fingerprint);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }

    private static void WriteEntitlement(Utf8JsonWriter writer, EntitlementDecision e, FindingsDetail detail)
    {
        writer.WriteStartObject();
        writer.WriteString(Kind, EnumNames<EntitlementKind>.Of(e.Kind));
        writer.WriteString(Status, EnumNames<EntitlementStatus>.Of(e.Status));
        WriteAmount(writer, e.AmountRub);
        WriteEnum(writer, Period, e.Period);
        WriteDate(writer, From, e.From);
        WriteDate(writer, To, e.To);
        writer.WriteStartArray(Rates);
        for (var r = 0; r < e.Rates.Count; r++)
        {
            var rate = e.Rates[r];
            writer.WriteStartObject();
            WriteDate(writer, From, rate.From);
            WriteDate(writer, To, rate.To);
            WriteAmount(writer, rate.AmountRub);
            WriteString(writer, CitationId, rate.CitationId);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteEnum(writer, UndeterminedReason, e.UndeterminedReason);
        WriteFindings(writer, e.Findings, detail);
        WriteParameters(writer, e.Parameters, detail);
        writer.WriteEndObject();
    }

    /// <summary>How many JSON forms a shared decision keeps: one per known encoder and detail (all three).</summary>
    internal const int DecisionSlots = 6;

    // Which of a shared decision's JSON forms this writer writes, or -1 when it writes its own (as SharedSlot).
    private static int DecisionSlot(Utf8JsonWriter writer, FindingsDetail detail)
    {
        if (writer.Options.Indented || (uint)detail > (uint)FindingsDetail.None) return -1;
        var known = RepeatedText.KnownEncoder(writer);
        return known < 0 ? -1 : (3 * known) + (int)detail;
    }

    // A shared decision's JSON in a slot's encoder and detail, written as the writer writes any entitlement.
    private static byte[] EncodeEntitlement(EntitlementDecision decision, int slot) =>
        Encode(slot / 3, w => WriteEntitlement(w, decision, (FindingsDetail)(slot % 3)));

    // What `write` writes, with one of the library's two encoders (RepeatedText.KnownEncoder), as UTF-8.
    private static byte[] Encode(int encoder, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = RepeatedText.KnownEncoder(encoder), SkipValidation = true }))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>How many JSON forms a shared finding keeps: one per known encoder (the default, the relaxed) and
    /// detail that writes findings (<see cref="FindingsDetail.Full"/>, <c>Ids</c>).</summary>
    internal const int SharedSlots = 4;

    private static void WriteFindings(Utf8JsonWriter writer, IReadOnlyList<Finding> findings, FindingsDetail detail)
    {
        if (detail == FindingsDetail.None) return;
        writer.WriteStartArray(Findings);
        var slot = SharedSlot(writer, detail);
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];

            // A finding shared by every case is encoded once, and copied; indented output is written as it goes.
            if (slot >= 0 && f.Shared is { } shared) writer.WriteRawValue(shared.Encoded(slot, EncodeShared), skipInputValidation: true);
            else WriteFinding(writer, f, detail);
        }

        writer.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding f, FindingsDetail detail)
    {
        writer.WriteStartObject();
        RepeatedText.Write(writer, RuleId, f.RuleId);
        writer.WriteStartArray(Claims);
        for (var c = 0; c < f.Claims.Count; c++) writer.WriteStringValue(f.Claims[c]);
        writer.WriteEndArray();
        if (detail == FindingsDetail.Full)
        {
            writer.WriteString(Text, f.Text);
            RepeatedText.Write(writer, Quote, f.Quote);
        }

        writer.WriteEndObject();
    }

    // Which of a shared finding's JSON forms this writer writes, or -1 when it writes its own: indented, or with an
    // encoder of the host's (its escaping is its own).
    private static int SharedSlot(Utf8JsonWriter writer, FindingsDetail detail)
    {
        if (writer.Options.Indented) return -1;
        var known = RepeatedText.KnownEncoder(writer);
        return known < 0 ? -1 : (2 * known) + (detail == FindingsDetail.Full ? 0 : 1);
    }

    // A shared finding's JSON in a slot's encoder and detail, written as the writer writes any finding.
    private static byte[] EncodeShared(Finding finding, int slot) =>
        Encode(slot / 2, w => WriteFinding(w, finding, slot % 2 == 0 ? FindingsDetail.Full : FindingsDetail.Ids));

    // The values an outcome's rules read: whole at Full (the contract); name, value and citation id at Ids (the
    // catalogue holds each value's period and words); left out with the findings at None.
    private static void WriteParameters(Utf8JsonWriter writer, IReadOnlyList<ParameterValue> parameters, FindingsDetail detail)
    {
        if (detail == FindingsDetail.None) return;
        writer.WriteStartArray(Parameters);
        for (var i = 0; i < parameters.Count; i++)
        {
            var p = parameters[i];
            writer.WriteStartObject();
            writer.WriteString(Name, EnumNames<Parameter>.Of(p.Name));
            writer.WriteNumber(Value, p.Value);
            if (detail == FindingsDetail.Full)
            {
                WriteDate(writer, EffectiveFrom, p.EffectiveFrom);
                WriteDate(writer, EffectiveTo, p.EffectiveTo);
            }

            writer.WriteStartObject(Citation);
            writer.WriteString(Id, p.Citation.Id);
            if (detail == FindingsDetail.Full) writer.WriteString(Quote, p.Citation.Quote);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    private static void WriteAmount(Utf8JsonWriter writer, decimal? amount)
    {
        if (amount is { } value) writer.WriteNumber(AmountRub, value);
        else writer.WriteNull(AmountRub);
    }

    private static void WriteEnum<TEnum>(Utf8JsonWriter writer, JsonEncodedText name, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v) writer.WriteString(name, EnumNames<TEnum>.Of(v));
        else writer.WriteNull(name);
    }

    // yyyy-MM-dd, as IsoDateConverter writes it, formatted on the stack: DateOnly's round-trip format "O" is that
    // text for every year 1-9999, by a fast path the custom pattern does not take.
    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? date)
    {
        if (date is not { } day)
        {
            writer.WriteNull(name);
            return;
        }

        Span<byte> utf8 = stackalloc byte[16];
        if (!day.TryFormat(utf8, out var written, "O", CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"A date did not fit its {utf8.Length} bytes.");
        }

        writer.WriteString(name, utf8[..written]);
    }
}
