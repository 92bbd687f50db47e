using Bars.Policy.Parameters;
using Bars.Policy.Rules.Facts;

namespace Bars.Policy.Engine;

/// <summary>Turns a validated case into the facts the rules match on.</summary>
internal static class CaseFactsFactory
{
    public static CaseFacts Create(PolicyCase c, RegionParameters parameters)
    {
        var asOf = c.AsOf!.Value;
        var a = c.Applicant!;
        var onDuty = 0;
        if (c.Injuries is { } injuries)
        {
            foreach (var injury in injuries)
            {
                if (injury.OnDuty == true) onDuty++;
            }
        }

        return new CaseFacts
        {
            Region = c.Region!,
            AsOf = asOf,
            Age = CompletedYears(a.BirthDate!.Value, asOf),
            Sex = a.Sex!.Value,
            HealthRestriction = a.HealthRestriction,
            MissingLimbOrProsthesis = a.MissingLimbOrProsthesis,
            MedicalQualification = a.MedicalQualification,
            PublicOfficial = a.PublicOfficial,
            CriminalConviction = a.CriminalConviction,
            ActiveMilitary = a.ActiveMilitary,
            FormerWarParticipant = a.FormerWarParticipant,
            Contract = c.Contract is { } k
                ? new ContractFacts(k.Months!.Value, k.StartDate!.Value, k.StartDate.Value.AddMonths(k.Months.Value), k.TerminatedEarlyOn)
                : null,
            OnDutyInjuries = onDuty,
            Parameters = parameters,
        };
    }

    /// <summary>
    /// Age in completed years on <paramref name="on"/> (I3). Someone born on 29 February completes a year on
    /// 28 February in common years, as <see cref="DateOnly.AddYears"/> counts.
    /// </summary>
    public static int CompletedYears(DateOnly birth, DateOnly on)
    {
        var years = on.Year - birth.Year;
        if (on < birth.AddYears(years)) years--;
        return years;
    }
}
