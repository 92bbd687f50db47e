using System.Globalization;
using System.Text;
using System.Text.Json;
using Bars.Policy.Json;

namespace Bars.Policy;

/// <summary>
/// The fields a batch's JSON lines carry beside the case (<see cref="BatchOptions.PassThrough"/>,
/// <see cref="BatchOptions.Weight"/>): a population's ids, strata, weights. Each is taken out of the line before the
/// contract reads it (so it is not "not a field of the case") and handed back as the JSON it was written as.
/// </summary>
internal sealed class PassThroughFields
{
    /// <summary>
    /// The largest weight: how many people one case may stand for. More than live on Earth is not a population, and
    /// the bound keeps weighted sums of roubles within <see cref="decimal"/>.
    /// </summary>
    internal const decimal MaxWeight = 10_000_000_000m;

    private readonly byte[][] names;
    private readonly string[] texts;
    private readonly int weight;

    private PassThroughFields(IReadOnlyList<string> passThrough, string? weightField)
    {
        // The weight is taken out of the line even when it is not written through.
        texts = weightField is null || passThrough.Contains(weightField, StringComparer.Ordinal) ? [.. passThrough] : [.. passThrough, weightField];
        names = [.. texts.Select(Encoding.UTF8.GetBytes)];
        weight = weightField is null ? -1 : Array.IndexOf(texts, weightField);
        Given = passThrough.Count;
    }

    /// <summary>How many of the fields are <see cref="BatchOptions.PassThrough"/>'s (the first ones).</summary>
    public int Given { get; }

    /// <summary>The fields of <paramref name="options"/>, or null when it names none.</summary>
    public static PassThroughFields? Of(BatchOptions options) =>
        options.PassThrough.Count == 0 && options.Weight is null ? null : new PassThroughFields(options.PassThrough, options.Weight);

    /// <summary>The line without the fields, the JSON of each (null where absent), the weight, and what is wrong with them.</summary>
    /// <param name="item">A line of the batch; any other item comes back as it is.</param>
    /// <returns>What was taken.</returns>
    public Taken Take(BatchItem item)
    {
        var values = new string?[texts.Length];
        if (item.Line == 0 || item.Refused is not null) return new Taken(item, Given == 0 ? [] : values[..Given], null, []);

        var line = item.Utf8.Span;
        var mark = item.MayOpenWithBom ? Utf8Input.OpeningMarkLength(line) : 0;
        var document = line[mark..];
        var kept = new List<Range>();
        var errors = new List<ValidationError>();
        var found = false;
        try
        {
            var reader = new Utf8JsonReader(document);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return Unread(item, values);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var start = (int)reader.TokenStartIndex;
                var k = IndexOf(ref reader);
                reader.Read();
                var valueStart = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                if (k < 0)
                {
                    kept.Add(start..end);
                    continue;
                }

                found = true;
                if (values[k] is not null) errors.Add(JsonErrors.GivenTwice(texts[k]));
                else values[k] = Encoding.UTF8.GetString(document[valueStart..end]);
            }

            // Anything after the object is the contract reader's to report, on the line as given.
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) return Unread(item, values);
        }
        catch (JsonException)
        {
            return Unread(item, values);
        }

        // Bytes that are not UTF-8 are reported where they are in the line as given: it is read as it is.
        if (found && InvalidText.FirstInvalidUtf8(document) >= 0) return Unread(item, new string?[texts.Length]);

        var weightRead = weight < 0 ? null : WeightOf(values[weight], errors);
        var rest = found ? item with { Utf8 = Without(document, kept), MayOpenWithBom = false } : item;
        return new Taken(rest, values[..Given], weightRead, errors);
    }

    // A line that is not one JSON object: the contract's reader says what is wrong with it; nothing is taken.
    private Taken Unread(BatchItem item, string?[] values) => new(item, values[..Given], null, []);

    private int IndexOf(ref Utf8JsonReader reader)
    {
        for (var k = 0; k < names.Length; k++)
        {
            if (reader.ValueTextEquals(names[k])) return k;
        }

        return -1;
    }

    // The object again, of the fields kept, each as it was written.
    private static ReadOnlyMemory<byte> Without(ReadOnlySpan<byte> document, List<Range> kept)
    {
        var size = 2 + Math.Max(0, kept.Count - 1);
        foreach (var r in kept) size += r.GetOffsetAndLength(document.Length).Length;
        var copy = new byte[size];
        var at = 0;
        copy[at++] = (byte)'{';
        for (var i = 0; i < kept.Count; i++)
        {
            if (i > 0) copy[at++] = (byte)',';
            var part = document[kept[i]];
            part.CopyTo(copy.AsSpan(at));
            at += part.Length;
        }

        copy[at] = (byte)'}';
        return copy;
    }

    // A weight is a JSON number, 0 or more: a population's weights are never negative, and a missing one is not 1.
    private decimal? WeightOf(string? json, List<ValidationError> errors)
    {
        var field = texts[weight];
        if (json is null)
        {
            errors.Add(new ValidationError(field, "is required: the case's weight, a number from 0 to 10,000,000,000."));
            return null;
        }

        var number = json.Length > 0 && (json[0] == '-' || char.IsAsciiDigit(json[0]));
        if (!number || !decimal.TryParse(json, NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
        {
            errors.Add(new ValidationError(field, string.Create(CultureInfo.InvariantCulture, $"is the case's weight: it must be a number from 0 to {MaxWeight:N0}; got {Echo.Cut(json)}.")));
            return null;
        }

        if (w < 0 || w > MaxWeight)
        {
            errors.Add(new ValidationError(field, string.Create(CultureInfo.InvariantCulture, $"is the case's weight: it must be from 0 to {MaxWeight:N0}; got {Echo.Cut(json)}.")));
            return null;
        }

        return w;
    }

    /// <summary>What <see cref="Take"/> took from a line.</summary>
    /// <param name="Item">The line without the fields (the item as it was when none was there).</param>
    /// <param name="Values">The JSON of each <see cref="BatchOptions.PassThrough"/> field, null where absent.</param>
    /// <param name="Weight">The weight, when asked for and valid.</param>
    /// <param name="Errors">A field given twice, a weight missing or not a number; empty when none.</param>
    internal readonly record struct Taken(BatchItem Item, string?[] Values, decimal? Weight, List<ValidationError> Errors)
    {
        /// <summary>The answer with these errors added (an answer that was valid becomes invalid, echoing what it named).</summary>
        public PolicyDecision With(PolicyDecision decision) =>
            Errors.Count == 0 ? decision
            : PolicyDecision.Invalid(decision.CaseId, decision.Region, decision.AsOf, decision.IsValid ? Errors : [.. decision.Errors, .. Errors]);
    }
}
