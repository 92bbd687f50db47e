using System.Text;
using System.Text.Json;

namespace Bars.Policy.Json;

/// <summary>
/// The common case read in one pass over its bytes with <see cref="Utf8JsonReader"/>: a case object whose fields
/// are all the contract's, each given once, each of the type the contract says, every date written yyyy-MM-dd.
/// Anything else (an unknown or repeated field, a wrong type, another date, <c>unknown</c>, a null injury, broken
/// JSON) is declined with null, and the serializer reads the document as before, with every error it reports: what
/// this reads is the case the serializer reads (OnePassCaseReaderTests), at a fraction of the serializer's cost
/// (benchmarks/README.md, "Reading a case in one pass").
/// </summary>
internal static class OnePassCaseReader
{
    // The contract's names, from its declaration: the records' properties as the contract names them (camelCase), and
    // the applicant's flags as ApplicantFlags declares them, in the order read below.
    private static readonly byte[][] CaseFields = Names(nameof(PolicyCase.CaseId), nameof(PolicyCase.Region), nameof(PolicyCase.AsOf), nameof(PolicyCase.Applicant), nameof(PolicyCase.Contract), nameof(PolicyCase.Injuries));
    private static readonly byte[][] ApplicantFields = [.. Names(nameof(Applicant.BirthDate), nameof(Applicant.Sex)), .. ApplicantFlags.All.Select(f => Encoding.UTF8.GetBytes(f.Name))];
    private static readonly byte[][] ContractFields = Names(nameof(Contract.Months), nameof(Contract.StartDate), nameof(Contract.TerminatedEarlyOn), nameof(Contract.TerminatedBy));
    private static readonly byte[][] InjuryFields = Names(nameof(Injury.Date), nameof(Injury.OnDuty));

    /// <summary>The case in <paramref name="utf8Json"/>, or null to let the serializer read it.</summary>
    /// <param name="utf8Json">One case as UTF-8 JSON, without a byte-order mark.</param>
    public static PolicyCase? TryRead(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            string? caseId = null, region = null;
            DateOnly? asOf = null;
            Applicant? applicant = null;
            Contract? contract = null;
            List<Injury>? injuries = null;
            var seen = 0;
            while (reader.Read() && FieldOf(ref reader, ref seen, CaseFields, out var field))
            {
                var read = field switch
                {
                    0 => Text(ref reader, out caseId),
                    1 => Text(ref reader, out region),
                    2 => Date(ref reader, out asOf),
                    3 => ReadApplicant(ref reader, out applicant),
                    4 => ReadContract(ref reader, out contract),
                    5 => ReadInjuries(ref reader, out injuries),
                    _ => false,
                };
                if (!read) return null;
            }

            // Declined inside the object, or something after it: the serializer says what.
            if (reader.TokenType != JsonTokenType.EndObject || reader.CurrentDepth != 0 || reader.Read()) return null;
            return new PolicyCase(caseId, region, asOf, applicant, contract, injuries);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null; // broken JSON, or text that is not text: the serializer's errors name it
        }
    }

    private static bool Take(ref Utf8JsonReader reader, ref int seen, int field)
    {
        if (field < 0 || (seen & (1 << field)) != 0) return false;
        seen |= 1 << field;
        return reader.Read();
    }

    // An inner object's next field: false at its end (ended) or when declined (not ended).
    private static bool InnerField(ref Utf8JsonReader reader, ref int seen, byte[][] names, out int field, out bool ended)
    {
        field = -1;
        ended = reader.Read() && reader.TokenType == JsonTokenType.EndObject;
        return !ended && FieldOf(ref reader, ref seen, names, out field);
    }

    // The field the reader is on, by its place in names, with the reader moved to its value; false for anything but
    // a field's name, a name not in the list, or one given twice (the reader is left where it is).
    private static bool FieldOf(ref Utf8JsonReader reader, ref int seen, byte[][] names, out int field)
    {
        field = -1;
        if (reader.TokenType != JsonTokenType.PropertyName) return false;
        for (var i = 0; i < names.Length && field < 0; i++)
        {
            if (reader.ValueTextEquals(names[i])) field = i;
        }

        return Take(ref reader, ref seen, field);
    }

    private static bool ReadApplicant(ref Utf8JsonReader reader, out Applicant? applicant)
    {
        applicant = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        DateOnly? birth = null;
        Sex? sex = null;
        Span<bool> flags = stackalloc bool[ApplicantFlags.All.Count];
        var seen = 0;
        bool ended;
        while (InnerField(ref reader, ref seen, ApplicantFields, out var field, out ended))
        {
            var read = field switch
            {
                0 => Date(ref reader, out birth),
                1 => Name(ref reader, out sex),
                _ => Flag(ref reader, out flags[field - 2]),
            };
            if (!read) return false;
        }

        if (!ended) return false;
        applicant = new Applicant(birth, sex);
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i]) applicant = ApplicantFlags.All[i].Set(applicant, true);
        }

        return true;
    }

    private static bool ReadContract(ref Utf8JsonReader reader, out Contract? contract)
    {
        contract = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.StartObject) return false;
        int? months = null;
        DateOnly? start = null, terminated = null;
        TerminatingParty? by = null;
        var seen = 0;
        bool ended;
        while (InnerField(ref reader, ref seen, ContractFields, out var field, out ended))
        {
            var read = field switch
            {
                0 => Whole(ref reader, out months),
                1 => Date(ref reader, out start),
                2 => Date(ref reader, out terminated),
                _ => Name(ref reader, out by),
            };
            if (!read) return false;
        }

        if (!ended) return false;
        contract = new Contract(months, start, terminated, by);
        return true;
    }

    private static bool ReadInjuries(ref Utf8JsonReader reader, out List<Injury>? injuries)
    {
        injuries = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.StartArray) return false;
        injuries = [];
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            DateOnly? date = null;
            bool? onDuty = null;
            var seen = 0;
            bool ended;
            while (InnerField(ref reader, ref seen, InjuryFields, out var field, out ended))
            {
                if (!(field == 0 ? Date(ref reader, out date) : OptionalFlag(ref reader, out onDuty))) return false;
            }

            if (!ended) return false;
            injuries.Add(new Injury(date, onDuty));
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private static bool Text(ref Utf8JsonReader reader, out string? text)
    {
        text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return reader.TokenType is JsonTokenType.String or JsonTokenType.Null;
    }

    private static bool Flag(ref Utf8JsonReader reader, out bool flag)
    {
        flag = reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False;
    }

    private static bool OptionalFlag(ref Utf8JsonReader reader, out bool? flag)
    {
        flag = reader.TokenType == JsonTokenType.Null ? null : reader.TokenType == JsonTokenType.True;
        return reader.TokenType is JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null;
    }

    private static bool Whole(ref Utf8JsonReader reader, out int? number)
    {
        number = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var value)) return false;
        number = value;
        return true;
    }

    // An enum by its exact name, as NameOnlyEnumConverter reads it.
    private static bool Name<TEnum>(ref Utf8JsonReader reader, out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.String) return false;
        foreach (var (name, candidate) in EnumNames<TEnum>.All)
        {
            if (!reader.ValueTextEquals(name.EncodedUtf8Bytes)) continue;
            value = candidate;
            return true;
        }

        return false;
    }

    private static byte[][] Names(params string[] properties) =>
        properties.Select(p => Encoding.UTF8.GetBytes(JsonNamingPolicy.CamelCase.ConvertName(p))).ToArray();

    // yyyy-MM-dd as ten unescaped bytes naming a day that exists; any other text is the serializer's to judge.
    private static bool Date(ref Utf8JsonReader reader, out DateOnly? date)
    {
        date = null;
        if (reader.TokenType == JsonTokenType.Null) return true;
        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence) return false;
        var s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-') return false;
        var year = Digits(s[..4]);
        var month = Digits(s.Slice(5, 2));
        var day = Digits(s.Slice(8, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    // The number the ASCII digits write, or -1 when one is not a digit.
    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var n = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9') return -1;
            n = (n * 10) + (b - '0');
        }

        return n;
    }
}
