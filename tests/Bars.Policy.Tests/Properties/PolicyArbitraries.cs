using FsCheck;
using FsCheck.Fluent;

namespace Bars.Policy.Tests.Properties;

/// <summary>The generators of the property suite, registered by <see cref="PolicyPropertyAttribute"/>.</summary>
public static class PolicyArbitraries
{
    /// <summary>Valid cases: every region, ages 0–100 with weight on 17/18/65/66, every flag, no contract or 1–24 months
    /// starting before, inside or after training, early termination or none, zero to three injuries.</summary>
    public static Arbitrary<CaseSpec> Cases() => Arb.From(CaseGen, Shrink);

    /// <summary>
    /// Valid cases over a contract's whole lifecycle (I6–I13), for the reference oracle: asOf before the start, in
    /// training (with weight on days 1, 21 and 22), assigned, on and around the last day of the term, long after it,
    /// and after an early termination (on the start day too) by the volunteer or by the unit; ages (on the start date,
    /// as every CaseSpec's) with weight on 17/18/65/66; injuries on duty within the term, off duty on any day up to asOf
    /// (I12); one case in three lists one or more of its false applicant facts as unknown (I11). Most are members: the
    /// flags are rarer than in <see cref="Cases"/> and most ages are 18–65.
    /// </summary>
    public static Arbitrary<LifecycleCase> LifecycleCases() =>
        Arb.From(LifecycleGen, c => ShrinkLifecycle(c.Spec).Select(s => new LifecycleCase(s)));

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

    public static Gen<LifecycleCase> LifecycleGen { get; } =
        from region in Gen.Elements(Regions.All.ToArray())
        from asOfDay in Gen.Choose(0, 3 * 365)
        from age in Gen.Frequency((6, Gen.Choose(18, 65)), (1, Gen.Choose(10, 80)), (2, Gen.Elements(17, 18, 65, 66)))
        from sinceBirthday in Gen.Frequency((2, Gen.Choose(0, 364)), (1, Gen.Constant(0)))
        from dayBefore in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        from sex in Gen.Frequency((2, Gen.Constant(Sex.Male)), (1, Gen.Constant(Sex.Female)))
        from flags in Gen.ArrayOf(RareFlag, 7)
        from contract in Gen.Frequency((1, Gen.Constant<ContractSpec?>(null)), (5, LifecycleContractGen.Select(k => (ContractSpec?)k)))
        from injuries in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(LifecycleInjuryGen, n))
        from unknown in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 6).Select(i => 1 << i)), (1, Gen.Choose(1, 127)))
        select new LifecycleCase(new CaseSpec(region, asOfDay, age, sinceBirthday, dayBefore, sex,
            flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], flags[6], contract, injuries,
            Unknown: UnknownFacts(flags, unknown)));

    // One case in ten: most lifecycle cases are members, so every phase is reached often.
    private static Gen<bool> RareFlag { get; } = Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)));

    // The applicant flags in CaseSpec's order, by their JSON names.
    private static readonly string[] FlagNames =
        ["healthRestriction", "missingLimbOrProsthesis", "medicalQualification", "publicOfficial", "criminalConviction", "activeMilitary", "formerWarParticipant"];

    // The flags the mask picks that are false: a fact stated true cannot also be unknown.
    private static string[]? UnknownFacts(bool[] flags, int mask)
    {
        var names = FlagNames.Where((_, i) => (mask & (1 << i)) != 0 && !flags[i]).ToArray();
        return names.Length == 0 ? null : names;
    }

    private static Gen<ContractSpec> LifecycleContractGen { get; } =
        from months in Gen.Frequency((2, Gen.Elements(6, 12)), (2, Gen.Choose(1, 24)))
        from place in Gen.Frequency(
            (2, Gen.Choose(-60, -1).Select(d => (Started: d, AfterTerm: (int?)null))),           // not started
            (1, Gen.Elements(-1, 0, 20, 21).Select(d => (Started: d, AfterTerm: (int?)null))),   // the day before the start, days 1, 21, 22
            (2, Gen.Choose(0, 20).Select(d => (Started: d, AfterTerm: (int?)null))),             // training
            (3, Gen.Choose(21, 180).Select(d => (Started: d, AfterTerm: (int?)null))),           // assigned
            (1, Gen.Choose(181, 720).Select(d => (Started: d, AfterTerm: (int?)null))),          // assigned, or ended
            (1, Gen.Choose(-2, 2).Select(a => (Started: 0, AfterTerm: (int?)a))),                // around the last day of the term
            (2, Gen.Choose(3, 1200).Select(a => (Started: 0, AfterTerm: (int?)a))))              // after the term
        from terminated in Gen.Frequency(
            (6, Gen.Constant<int?>(null)),
            (2, Gen.Choose(1, 1000).Select(d => (int?)d)),
            (1, Gen.Constant<int?>(0)))                                                          // on the start day
        from byUnit in Gen.Elements(false, true)
        select new ContractSpec(months, place.Started, terminated, byUnit && terminated is not null, place.AfterTerm);

    private static Gen<InjurySpec> LifecycleInjuryGen { get; } =
        from day in Gen.Choose(0, 1500)
        from onDuty in Gen.Elements(true, false)
        from anyDay in Gen.Elements(true, false)
        select new InjurySpec(day, onDuty, anyDay && !onDuty);

    // The plain shrinks, then without the lifecycle's knobs.
    private static IEnumerable<CaseSpec> ShrinkLifecycle(CaseSpec s)
    {
        if (s.Unknown is not null) yield return s with { Unknown = null };
        if (s.Contract is { ByUnit: true } k) yield return s with { Contract = k with { ByUnit = false } };
        if (s.Contract is { DaysAfterTerm: not null } after) yield return s with { Contract = after with { DaysAfterTerm = null, StartedDaysAgo = 30 } };
        foreach (var shrunk in Shrink(s)) yield return shrunk;
    }

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
