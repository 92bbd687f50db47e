using System.Globalization;
using System.Text.Json;

namespace Bars.Policy.Reference;

/// <summary>The applicant's yes/no facts, each named as in the JSON contract (<c>applicant.healthRestriction</c>, …).</summary>
[Flags]
public enum ApplicantFacts
{
    /// <summary>No fact.</summary>
    None = 0,

    /// <summary><c>healthRestriction</c> (C2).</summary>
    HealthRestriction = 1,

    /// <summary><c>missingLimbOrProsthesis</c> (C3).</summary>
    MissingLimbOrProsthesis = 2,

    /// <summary><c>medicalQualification</c> (C12).</summary>
    MedicalQualification = 4,

    /// <summary><c>publicOfficial</c> (C14).</summary>
    PublicOfficial = 8,

    /// <summary><c>criminalConviction</c> (C19).</summary>
    CriminalConviction = 16,

    /// <summary><c>activeMilitary</c> (C19).</summary>
    ActiveMilitary = 32,

    /// <summary><c>formerWarParticipant</c> (C19).</summary>
    FormerWarParticipant = 64,
}

/// <summary>A signed contract as the oracle reads it.</summary>
/// <param name="Months">Length in whole months.</param>
/// <param name="StartDate">Day 1 of the contract (C4).</param>
/// <param name="TerminatedEarlyOn">The day it was ended early, if it was.</param>
/// <param name="TerminatedByUnit">The unit ended it (I13); otherwise the volunteer did (the default).</param>
public sealed record ReferenceContract(int Months, DateOnly StartDate, DateOnly? TerminatedEarlyOn = null, bool TerminatedByUnit = false);

/// <summary>An injury as the oracle reads it.</summary>
/// <param name="Date">The day of the injury.</param>
/// <param name="OnDuty">Whether it happened on duty (C5).</param>
public sealed record ReferenceInjury(DateOnly Date, bool OnDuty);

/// <summary>
/// A valid case as the oracle reads it: the JSON contract's fields, in the oracle's own types. Made from the case's
/// JSON (<see cref="FromJson"/>, by field name) or from a <see cref="PolicyCase"/> (<see cref="From"/>).
/// </summary>
/// <param name="Region">Kursk, Belgorod or Bryansk.</param>
/// <param name="AsOf">The evaluation date.</param>
/// <param name="BirthDate">The applicant's date of birth.</param>
/// <param name="Female">The applicant is a woman (C12, C13).</param>
/// <param name="Facts">The applicant's facts stated true, at enlistment.</param>
/// <param name="Unknown">The applicant's facts the case lists as not known (I11); stated false in <paramref name="Facts"/>.</param>
/// <param name="Contract">The contract, when one was signed.</param>
/// <param name="Injuries">The injuries, dated.</param>
public sealed record ReferenceCase(
    string Region,
    DateOnly AsOf,
    DateOnly BirthDate,
    bool Female,
    ApplicantFacts Facts,
    ApplicantFacts Unknown,
    ReferenceContract? Contract,
    IReadOnlyList<ReferenceInjury> Injuries)
{
    private static readonly ApplicantFacts[] EachFact =
    [
        ApplicantFacts.HealthRestriction, ApplicantFacts.MissingLimbOrProsthesis, ApplicantFacts.MedicalQualification,
        ApplicantFacts.PublicOfficial, ApplicantFacts.CriminalConviction, ApplicantFacts.ActiveMilitary,
        ApplicantFacts.FormerWarParticipant,
    ];

    /// <summary>Whether the applicant states <paramref name="fact"/> true.</summary>
    /// <param name="fact">One fact.</param>
    /// <returns>True when stated true.</returns>
    public bool Has(ApplicantFacts fact) => (Facts & fact) != 0;

    /// <summary>The JSON name of one fact, e.g. <c>healthRestriction</c>.</summary>
    /// <param name="fact">One fact.</param>
    /// <returns>Its name in the JSON contract.</returns>
    public static string JsonName(ApplicantFacts fact)
    {
        var name = fact.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Reads a valid case from its JSON (the JSON contract of docs/json-contract.md).</summary>
    /// <param name="json">The case as JSON.</param>
    /// <returns>The case.</returns>
    public static ReferenceCase FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var applicant = root.GetProperty("applicant");
        var facts = ApplicantFacts.None;
        foreach (var fact in EachFact)
        {
            if (applicant.TryGetProperty(JsonName(fact), out var value) && value.ValueKind == JsonValueKind.True) facts |= fact;
        }

        var unknown = ApplicantFacts.None;
        if (root.TryGetProperty("unknown", out var names) && names.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in names.EnumerateArray()) unknown |= Named(name.GetString());
        }

        ReferenceContract? contract = null;
        if (root.TryGetProperty("contract", out var k) && k.ValueKind == JsonValueKind.Object)
        {
            contract = new ReferenceContract(
                k.GetProperty("months").GetInt32(),
                Date(k.GetProperty("startDate")),
                k.TryGetProperty("terminatedEarlyOn", out var t) && t.ValueKind == JsonValueKind.String ? Date(t) : null,
                k.TryGetProperty("terminatedBy", out var by) && by.ValueKind == JsonValueKind.String && by.GetString() == "Unit");
        }

        var injuries = new List<ReferenceInjury>();
        if (root.TryGetProperty("injuries", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var injury in list.EnumerateArray())
            {
                injuries.Add(new ReferenceInjury(Date(injury.GetProperty("date")), injury.GetProperty("onDuty").GetBoolean()));
            }
        }

        return new ReferenceCase(
            root.GetProperty("region").GetString()!,
            Date(root.GetProperty("asOf")),
            Date(applicant.GetProperty("birthDate")),
            applicant.GetProperty("sex").GetString() == "Female",
            facts, unknown, contract, injuries);
    }

    /// <summary>Reads a valid <see cref="PolicyCase"/> field by field.</summary>
    /// <param name="c">A case that passed validation.</param>
    /// <returns>The case.</returns>
    public static ReferenceCase From(PolicyCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var a = c.Applicant!;
        var facts = ApplicantFacts.None;
        if (a.HealthRestriction) facts |= ApplicantFacts.HealthRestriction;
        if (a.MissingLimbOrProsthesis) facts |= ApplicantFacts.MissingLimbOrProsthesis;
        if (a.MedicalQualification) facts |= ApplicantFacts.MedicalQualification;
        if (a.PublicOfficial) facts |= ApplicantFacts.PublicOfficial;
        if (a.CriminalConviction) facts |= ApplicantFacts.CriminalConviction;
        if (a.ActiveMilitary) facts |= ApplicantFacts.ActiveMilitary;
        if (a.FormerWarParticipant) facts |= ApplicantFacts.FormerWarParticipant;

        var unknown = ApplicantFacts.None;
        if (c.Unknown is { } names)
        {
            foreach (var name in names) unknown |= Named(name);
        }

        ReferenceContract? contract = null;
        if (c.Contract is { } k)
        {
            contract = new ReferenceContract(k.Months!.Value, k.StartDate!.Value, k.TerminatedEarlyOn, k.TerminatedBy == TerminatingParty.Unit);
        }

        var injuries = new List<ReferenceInjury>();
        if (c.Injuries is { } list)
        {
            foreach (var injury in list) injuries.Add(new ReferenceInjury(injury.Date!.Value, injury.OnDuty!.Value));
        }

        return new ReferenceCase(c.Region!, c.AsOf!.Value, a.BirthDate!.Value, a.Sex == Sex.Female, facts, unknown, contract, injuries);
    }

    /// <summary>Each single fact in <paramref name="facts"/>, in the contract's order.</summary>
    /// <param name="facts">Some facts.</param>
    /// <returns>The facts one by one.</returns>
    public static IReadOnlyList<ApplicantFacts> Each(ApplicantFacts facts)
    {
        var each = new List<ApplicantFacts>();
        foreach (var fact in EachFact)
        {
            if ((facts & fact) != 0) each.Add(fact);
        }

        return each;
    }

    private static ApplicantFacts Named(string? name)
    {
        foreach (var fact in EachFact)
        {
            if (JsonName(fact) == name) return fact;
        }

        throw new ArgumentException($"'{name}' is not an applicant fact: the oracle expects a validated case.", nameof(name));
    }

    private static DateOnly Date(JsonElement value) =>
        DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
