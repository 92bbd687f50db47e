using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// The case form's values as typed, named as the JSON contract names them (<c>applicant.birthDate</c>,
/// <c>injuries[0].date</c>). The form is written as a case in the JSON contract and the library reads and checks
/// it, so every error the page shows is the library's, with the library's path: there is no second set of rules.
/// </summary>
internal sealed class CaseForm
{
    /// <summary>The case's id.</summary>
    public string CaseId { get; init; } = "";

    /// <summary>The region's name.</summary>
    public string Region { get; init; } = "";

    /// <summary>The evaluation date, as typed.</summary>
    public string AsOf { get; init; } = "";

    /// <summary>The applicant's birth date, as typed.</summary>
    public string BirthDate { get; init; } = "";

    /// <summary><c>Male</c>, <c>Female</c> or empty.</summary>
    public string Sex { get; init; } = "";

    /// <summary>The <see cref="ApplicantFlag.Field"/>s answered yes.</summary>
    public IReadOnlySet<string> Flags { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The <see cref="ApplicantFlag.Field"/>s answered "don't know": the case lists them as <c>unknown</c>.</summary>
    public IReadOnlySet<string> Unknown { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The first day of the timeline's window, as typed; empty means the as-of date.</summary>
    public string TimelineFrom { get; init; } = "";

    /// <summary>The last day of the timeline's window, as typed; empty means three years after its first day.</summary>
    public string TimelineTo { get; init; } = "";

    /// <summary>The contract's length in months, as typed.</summary>
    public string Months { get; init; } = "";

    /// <summary>The contract's start date, as typed.</summary>
    public string StartDate { get; init; } = "";

    /// <summary>The day of an early termination, as typed; empty when there was none.</summary>
    public string TerminatedEarlyOn { get; init; } = "";

    /// <summary>Who ended the contract early (<c>Volunteer</c> or <c>Unit</c>, I13), as chosen; empty when not said.</summary>
    public string TerminatedBy { get; init; } = "";

    /// <summary>The injuries, in the form's order.</summary>
    public IReadOnlyList<InjuryRow> Injuries { get; init; } = [];

    /// <summary>Whether any contract field is filled: a form with none describes a case without a contract.</summary>
    public bool HasContract => Months.Length + StartDate.Length + TerminatedEarlyOn.Length + TerminatedBy.Length > 0;

    /// <summary>An empty form for a new case, dated <paramref name="today"/>.</summary>
    public static CaseForm Blank(DateOnly today) => new() { CaseId = "case-1", AsOf = Date(today) };

    /// <summary>The form as posted (fields named as in the contract; the page's script keeps injury rows numbered from 0).</summary>
    public static CaseForm Read(IFormCollection form)
    {
        string Text(string name) => (form[name].FirstOrDefault() ?? "").Trim();
        bool Ticked(string name) => form[name].Contains("true", StringComparer.Ordinal);
        bool NotKnown(string name) => form[name].Contains(ApplicantFlag.DoNotKnow, StringComparer.Ordinal);

        var injuries = new List<InjuryRow>();
        for (var i = 0; form.ContainsKey($"injuries[{i}].date"); i++)
        {
            injuries.Add(new InjuryRow(Text($"injuries[{i}].date"), Ticked($"injuries[{i}].onDuty")));
        }

        return new CaseForm
        {
            CaseId = Text("caseId"),
            Region = Text("region"),
            AsOf = Text("asOf"),
            BirthDate = Text("applicant.birthDate"),
            Sex = Text("applicant.sex"),
            Flags = ApplicantFlag.All.Select(f => f.Field).Where(f => Ticked($"applicant.{f}")).ToHashSet(StringComparer.Ordinal),
            Unknown = ApplicantFlag.All.Select(f => f.Field).Where(f => NotKnown($"applicant.{f}")).ToHashSet(StringComparer.Ordinal),
            TimelineFrom = Text("timeline.from"),
            TimelineTo = Text("timeline.to"),
            Months = Text("contract.months"),
            StartDate = Text("contract.startDate"),
            TerminatedEarlyOn = Text("contract.terminatedEarlyOn"),
            TerminatedBy = Text("contract.terminatedBy"),
            Injuries = injuries,
        };
    }

    /// <summary>The form filled with <paramref name="policyCase"/> (an example, or a case to look at again).</summary>
    public static CaseForm Of(PolicyCase policyCase)
    {
        var a = policyCase.Applicant;
        (string Field, bool Ticked)[] flags = a is null ? [] :
        [
            ("healthRestriction", a.HealthRestriction), ("missingLimbOrProsthesis", a.MissingLimbOrProsthesis),
            ("medicalQualification", a.MedicalQualification), ("publicOfficial", a.PublicOfficial),
            ("criminalConviction", a.CriminalConviction), ("activeMilitary", a.ActiveMilitary),
            ("formerWarParticipant", a.FormerWarParticipant),
        ];

        return new CaseForm
        {
            CaseId = policyCase.CaseId ?? "",
            Region = policyCase.Region ?? "",
            AsOf = Date(policyCase.AsOf),
            BirthDate = Date(a?.BirthDate),
            Sex = a?.Sex?.ToString() ?? "",
            Flags = flags.Where(f => f.Ticked).Select(f => f.Field).ToHashSet(StringComparer.Ordinal),
            Unknown = (policyCase.Unknown ?? []).ToHashSet(StringComparer.Ordinal),
            Months = policyCase.Contract?.Months?.ToString(CultureInfo.InvariantCulture) ?? "",
            StartDate = Date(policyCase.Contract?.StartDate),
            TerminatedEarlyOn = Date(policyCase.Contract?.TerminatedEarlyOn),
            TerminatedBy = policyCase.Contract?.TerminatedBy?.ToString() ?? "",
            Injuries = policyCase.Injuries?.Select(i => new InjuryRow(Date(i.Date), i.OnDuty == true)).ToArray() ?? [],
        };
    }

    /// <summary>
    /// The case in the JSON contract. A blank field is left out (the library then says it is required, where it
    /// is); a value that is not what its field takes is written as typed, as text, so the library names it.
    /// </summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            Text(json, "caseId", CaseId);
            Text(json, "region", Region);
            Text(json, "asOf", AsOf);
            json.WriteStartObject("applicant");
            Text(json, "birthDate", BirthDate);
            Text(json, "sex", Sex);
            foreach (var flag in ApplicantFlag.All.Where(f => Flags.Contains(f.Field))) json.WriteBoolean(flag.Field, true);
            json.WriteEndObject();
            if (Unknown.Count > 0)
            {
                // In the flags' order, so the same form is always the same case.
                json.WriteStartArray("unknown");
                foreach (var flag in ApplicantFlag.All.Where(f => Unknown.Contains(f.Field))) json.WriteStringValue(flag.Field);
                json.WriteEndArray();
            }

            if (HasContract)
            {
                json.WriteStartObject("contract");
                if (int.TryParse(Months, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var months)) json.WriteNumber("months", months);
                else Text(json, "months", Months);
                Text(json, "startDate", StartDate);
                Text(json, "terminatedEarlyOn", TerminatedEarlyOn);
                Text(json, "terminatedBy", TerminatedBy);
                json.WriteEndObject();
            }

            if (Injuries.Count > 0)
            {
                json.WriteStartArray("injuries");
                foreach (var injury in Injuries)
                {
                    json.WriteStartObject();
                    Text(json, "date", injury.Date);
                    json.WriteBoolean("onDuty", injury.OnDuty);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Text(Utf8JsonWriter json, string name, string value)
    {
        if (value.Length > 0) json.WriteString(name, value);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
