using FsCheck;
using FsCheck.Fluent;

namespace Bars.Policy.Tests.Properties;

/// <summary>The generators of the property suite, registered by <see cref="PolicyPropertyAttribute"/>.</summary>
public static class PolicyArbitraries
{
    /// <summary>Valid cases: every region, ages 0–100 with weight on 17/18/65/66, every flag, no contract or 1–24 months
    /// starting before, inside or after training, early termination or none, zero to three injuries.</summary>
    public static Arbitrary<CaseSpec> Cases() => Arb.From(CaseGen, Shrink);

    /// <summary>Inputs that are not valid cases: broken JSON, wrong types, missing fields, impossible dates, huge numbers,
    /// very long strings, unknown fields and regions.</summary>
    public static Arbitrary<InvalidInput> InvalidInputs() => Arb.From(InvalidInput.Generator);

    public static Gen<CaseSpec> CaseGen { get; } =
        from region in Gen.Elements(Regions.All.ToArray())
        from asOfDay in Gen.Choose(0, 3 * 365)
        from age in Gen.Frequency((3, Gen.Choose(0, 100)), (2, Gen.Elements(17, 18, 65, 66)))
        from sinceBirthday in Gen.Frequency((2, Gen.Choose(0, 364)), (1, Gen.Constant(0)))
        from dayBefore in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from sex in Gen.Elements(Sex.Male, Sex.Female)
        from flags in Gen.ArrayOf(Flag, 7)
        from contract in Gen.Frequency((1, Gen.Constant<ContractSpec?>(null)), (4, ContractGen.Select(k => (ContractSpec?)k)))
        from injuries in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(InjuryGen, n))
        select new CaseSpec(region, asOfDay, age, sinceBirthday, dayBefore, sex,
            flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], flags[6], contract, injuries);

    // Each flag is set in about one case of five, so combinations of two or three still occur.
    private static Gen<bool> Flag { get; } = Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)));

    private static Gen<ContractSpec> ContractGen { get; } =
        from months in Gen.Frequency((2, Gen.Elements(6, 12)), (2, Gen.Choose(1, 24)))
        from started in Gen.Frequency(
            (1, Gen.Choose(-30, -1)),    // not started yet
            (2, Gen.Choose(0, 20)),      // training: days 1..21
            (1, Gen.Choose(19, 23)),     // around day 21/22
            (3, Gen.Choose(21, 800)))    // assigned, or ended
        from terminated in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 1000).Select(d => (int?)d)))
        select new ContractSpec(months, started, terminated);

    private static Gen<InjurySpec> InjuryGen { get; } =
        from day in Gen.Choose(0, 800)
        from onDuty in Gen.Elements(true, false)
        select new InjurySpec(day, onDuty);

    // Toward a plain case: fewer injuries, no termination, no contract, no flags, a man of 40 in the middle of the year.
    private static IEnumerable<CaseSpec> Shrink(CaseSpec s)
    {
        for (var i = 0; i < s.Injuries.Length; i++) yield return s with { Injuries = [.. s.Injuries.Take(i), .. s.Injuries.Skip(i + 1)] };
        if (s.Contract is { TerminatedOnDay: not null } k) yield return s with { Contract = k with { TerminatedOnDay = null } };
        if (s.Contract is not null) yield return s with { Contract = null, Injuries = [] };
        if (s.HealthRestriction) yield return s with { HealthRestriction = false };
        if (s.MissingLimbOrProsthesis) yield return s with { MissingLimbOrProsthesis = false };
        if (s.MedicalQualification) yield return s with { MedicalQualification = false };
        if (s.PublicOfficial) yield return s with { PublicOfficial = false };
        if (s.CriminalConviction) yield return s with { CriminalConviction = false };
        if (s.ActiveMilitary) yield return s with { ActiveMilitary = false };
        if (s.FormerWarParticipant) yield return s with { FormerWarParticipant = false };
        if (s.Sex == Sex.Female) yield return s with { Sex = Sex.Male };
        if (s.DayBeforeNextBirthday) yield return s with { DayBeforeNextBirthday = false };
        if (s.DaysSinceBirthday != 0) yield return s with { DaysSinceBirthday = 0 };
        if (s.AgeYears != 40 && s.AgeYears is >= 18 and <= 65) yield return s with { AgeYears = 40 };
        if (s.AsOfDay != 0) yield return s with { AsOfDay = 0 };
        if (s.Contract is { } c)
        {
            if (c.Months != 12) yield return s with { Contract = c with { Months = 12 } };
            if (c.StartedDaysAgo > 30) yield return s with { Contract = c with { StartedDaysAgo = 30 } };
        }
    }
}
