namespace Bars.Policy;

/// <summary>
/// The applicant's yes/no facts, declared once, by their JSON names: what the reader's type errors, the facts a case
/// may list as unknown, the flags a counterfactual may turn and the verifier's input classes all derive from (the
/// contract's <see cref="Applicant"/> and the rules' <c>CaseFacts</c> carry each as a property). Whether the person could change a fact is a property of the fact, not of any rule:
/// a qualification can be obtained, an office or the army left; a health restriction, a conviction or a past
/// participation in the war cannot be undone.
/// </summary>
internal static class ApplicantFlags
{
    /// <summary>One yes/no fact of the applicant.</summary>
    /// <param name="Name">Its JSON name, as in <c>applicant.healthRestriction</c>.</param>
    /// <param name="Words">The fact in words, after "with" or "without".</param>
    /// <param name="ByThePerson">Whether the person can change it.</param>
    /// <param name="Get">Reads it.</param>
    /// <param name="Set">A copy of the applicant with it set.</param>
    internal sealed record Flag(string Name, string Words, bool ByThePerson, Func<Applicant, bool> Get, Func<Applicant, bool, Applicant> Set);

    public static IReadOnlyList<Flag> All { get; } =
    [
        new("healthRestriction", "a health restriction", false, a => a.HealthRestriction, (a, v) => a with { HealthRestriction = v }),
        new("missingLimbOrProsthesis", "a missing limb or prosthesis", false, a => a.MissingLimbOrProsthesis, (a, v) => a with { MissingLimbOrProsthesis = v }),
        new("medicalQualification", "a medical qualification", true, a => a.MedicalQualification, (a, v) => a with { MedicalQualification = v }),
        new("publicOfficial", "a public office", true, a => a.PublicOfficial, (a, v) => a with { PublicOfficial = v }),
        new("criminalConviction", "a criminal conviction", false, a => a.CriminalConviction, (a, v) => a with { CriminalConviction = v }),
        new("activeMilitary", "service in the armed forces", true, a => a.ActiveMilitary, (a, v) => a with { ActiveMilitary = v }),
        new("formerWarParticipant", "a former participation in the war", false, a => a.FormerWarParticipant, (a, v) => a with { FormerWarParticipant = v }),
    ];

    /// <summary>The fact named <paramref name="name"/> (its JSON name, exactly), or null.</summary>
    public static Flag? Named(string? name)
    {
        foreach (var f in All)
        {
            if (string.Equals(f.Name, name, StringComparison.Ordinal)) return f;
        }
        return null;
    }

    /// <summary>
    /// Checks a case's <c>unknown</c> list: each entry names an applicant fact, once, that the case does not also
    /// state as true (absent flags read as false, so only a true one contradicts the list).
    /// </summary>
    public static void CheckUnknown(IReadOnlyList<string>? unknown, Applicant? applicant, List<ValidationError> errors)
    {
        if (unknown is null) return;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < unknown.Count; i++)
        {
            var path = $"unknown[{i}]";
            var name = unknown[i];
            if (name is null)
            {
                errors.Add(new(path, "must be the name of an applicant fact, not null."));
            }
            else if (Named(name) is not { } flag)
            {
                errors.Add(new(path, $"'{Json.Echo.Cut(name)}' is not an applicant fact that can be unknown: expected one of {string.Join(", ", All.Select(f => f.Name))}."));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new(path, $"'{name}' is listed twice."));
            }
            else if (applicant is not null && flag.Get(applicant))
            {
                errors.Add(new(path, $"'{name}' is listed as unknown, but applicant.{name} is true."));
            }
        }
    }
}
