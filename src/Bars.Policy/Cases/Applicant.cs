namespace Bars.Policy;

/// <summary>
/// The applicant's facts as at enlistment (I6): on the contract's start date, or on <c>asOf</c> when the case has no
/// contract. Flags that are not given are false: the host states what it knows of the person, and lists what it does
/// not know in <see cref="PolicyCase.Unknown"/> (I11).
/// </summary>
/// <param name="BirthDate">Date of birth; age is counted in completed years on the day enlistment is judged (I3, I6). Required.</param>
/// <param name="Sex">Sex, which some regions' enlistment rules name. Required.</param>
/// <param name="HealthRestriction">The applicant has a health restriction (C2).</param>
/// <param name="MissingLimbOrProsthesis">The applicant has a missing limb or a prosthesis (C3).</param>
/// <param name="MedicalQualification">The applicant holds a medical qualification (C12).</param>
/// <param name="PublicOfficial">The applicant is a deputy or public official (C14).</param>
/// <param name="CriminalConviction">The applicant has a criminal conviction (C19).</param>
/// <param name="ActiveMilitary">The applicant is serving in the armed forces (C19).</param>
/// <param name="FormerWarParticipant">The applicant formerly took part in the war (C19).</param>
public sealed record Applicant(
    DateOnly? BirthDate,
    Sex? Sex,
    bool HealthRestriction = false,
    bool MissingLimbOrProsthesis = false,
    bool MedicalQualification = false,
    bool PublicOfficial = false,
    bool CriminalConviction = false,
    bool ActiveMilitary = false,
    bool FormerWarParticipant = false);
