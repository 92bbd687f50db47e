namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>
/// A yes/no fact about the applicant (or "don't know", when the case lists it as <c>unknown</c>), as the form asks it: its field in the JSON contract, the question, and the
/// claims it matters for (the form quotes their words from the catalogue; a test checks each flag changes a finding
/// citing them).
/// </summary>
/// <param name="Field">The field of <c>applicant</c> in the JSON contract.</param>
/// <param name="Label">The question, for a person.</param>
/// <param name="Claims">The claim ids whose rules read the flag.</param>
internal sealed record ApplicantFlag(string Field, string Label, IReadOnlyList<string> Claims)
{
    /// <summary>The form's value for "don't know" (yes is <c>true</c>, no <c>false</c>).</summary>
    public const string DoNotKnow = "unknown";

    /// <summary>The flag of the contract's field <paramref name="field"/> (a screening's fact), or null.</summary>
    public static ApplicantFlag? Named(string field) => All.FirstOrDefault(f => f.Field == field);

    /// <summary>Every flag of <see cref="Applicant"/>, in the contract's order.</summary>
    public static IReadOnlyList<ApplicantFlag> All { get; } =
    [
        new("healthRestriction", "Has a health restriction", ["C2"]),
        new("missingLimbOrProsthesis", "Has a missing limb or a prosthesis", ["C3"]),
        new("medicalQualification", "Has a medical qualification", ["C12"]),
        new("publicOfficial", "Is a public official (a deputy or an official)", ["C14"]),
        new("criminalConviction", "Has a criminal conviction", ["C19"]),
        new("activeMilitary", "Is serving in the armed forces", ["C19"]),
        new("formerWarParticipant", "Is a former participant in the war", ["C19"]),
    ];
}
