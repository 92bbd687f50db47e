namespace Bars.Policy.Synthetic;

/// <summary>
/// A synthetic population: clearly made-up, valid cases drawn from a seeded random source, for demos, comparisons and
/// benchmarks (`bars-policy population`). Same seed and profile, same cases. The distributions are
/// <see cref="UniformDistributions"/> and <see cref="PlausibleDistributions"/> (each draw independent).
/// </summary>
public static class SyntheticCases
{
    /// <summary>The uniform profile's distributions, as docs/cli.md gives them.</summary>
    public const string UniformDistributions =
        "uniform (the default; every rule is exercised, two thirds of the cases are Ineligible): asOf uniform over 2024-01-01 + 0..729 days; "
        + "region uniform over the shipped regions; age uniform 0..100 completed years plus 0..365 days on the day enlistment is judged "
        + "(the contract's start, else asOf: I6); sex 1:1; health restriction 1 in 8; "
        + "missing limb or prosthesis 1 in 10; medical qualification 1 in 3; public official 1 in 4; criminal conviction 1 in 10; "
        + "serving military 1 in 10; former war participant 1 in 5; a contract in 4 of 5 cases: 12 months (1 in 4), 6 months (1 in 4) "
        + "or 1..24 months (1 in 2), with asOf in each phase of its lifecycle 1 in 5: 1..60 days before its start, in training (day 1..21), "
        + "assigned (day 22 on), 1..365 days after its term, or on or after an early termination (the contract started 0..399 days "
        + "before asOf, ended on a day uniform over those it may fall on, by the unit 1 in 3, else the volunteer); 0..3 injuries "
        + "(uniform), on duty 1 in 2 on a day in force up to asOf where there is one, else off duty on one of the 400 days up to asOf.";

    /// <summary>The plausible profile's distributions, as docs/cli.md gives them.</summary>
    public const string PlausibleDistributions =
        "plausible (synthetic assumptions chosen to look like applicants, not data): as uniform, except: age 18..65 in 17 of 20 cases "
        + "(uniform within), 66..80 in 2 of 20, 14..17 in 1 of 20, plus 0..365 days; men 4 in 5; health restriction 1 in 12; missing limb "
        + "or prosthesis 1 in 50; medical qualification 1 in 5; public official 1 in 20; criminal conviction 1 in 20; serving military "
        + "1 in 20; former war participant 1 in 10; a contract in 9 of 10 cases: 12 months (1 in 2), 6 months (1 in 3) or 1..24 months "
        + "(1 in 6), asOf in each phase of its lifecycle 1 in 5 as uniform; 0..1 injuries (uniform), on duty 1 in 2 as uniform.";

    /// <summary>Generates <paramref name="count"/> valid cases; the same seed gives the same cases.</summary>
    /// <param name="count">How many cases.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The first <paramref name="count"/> cases of <see cref="Stream(int)"/> for <paramref name="seed"/>.</returns>
    public static IReadOnlyList<PolicyCase> Valid(int count, int seed) => Stream(seed).Take(count).ToArray();

    /// <summary>An endless stream of cases drawn as <paramref name="profile"/> says; <see cref="SyntheticProfile.Uniform"/> is <see cref="Stream(int)"/>.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="profile">How the cases are drawn.</param>
    /// <returns>Case after case, ids <c>gen-{seed}-0</c>, <c>gen-{seed}-1</c>, …</returns>
    public static IEnumerable<PolicyCase> Stream(int seed, SyntheticProfile profile) => Stream(seed, profile, asOf: null);

    /// <summary>
    /// An endless stream of cases drawn as <paramref name="profile"/> says, all judged on <paramref name="asOf"/> when
    /// it is given (one budget date): the same people as without it — every other draw is the same — with each
    /// contract's phase drawn around that date.
    /// </summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="profile">How the cases are drawn.</param>
    /// <param name="asOf">The date every case is judged on; null spreads it as the profile says.</param>
    /// <returns>Case after case, ids <c>gen-{seed}-0</c>, <c>gen-{seed}-1</c>, …</returns>
    public static IEnumerable<PolicyCase> Stream(int seed, SyntheticProfile profile, DateOnly? asOf)
    {
        var random = new Random(seed);
        for (var i = 0L; ; i++) yield return profile == SyntheticProfile.Uniform ? One(random, $"gen-{seed}-{i}", asOf) : Plausible(random, $"gen-{seed}-{i}", asOf);
    }

    /// <summary>An endless stream of the same cases as <see cref="Valid"/>, made one at a time: memory stays flat.</summary>
    /// <param name="seed">The random seed.</param>
    /// <returns>Case after case, ids <c>gen-{seed}-0</c>, <c>gen-{seed}-1</c>, …</returns>
    public static IEnumerable<PolicyCase> Stream(int seed)
    {
        var random = new Random(seed);
        for (var i = 0L; ; i++) yield return One(random, $"gen-{seed}-{i}", fixedAsOf: null);
    }

    private static PolicyCase Plausible(Random r, string id, DateOnly? fixedAsOf)
    {
        var asOf = Judged(r, fixedAsOf);
        var band = r.Next(20);
        var years = band < 17 ? r.Next(18, 66) : band < 19 ? r.Next(66, 81) : r.Next(14, 18);
        var days = r.Next(0, 366);
        var applicant = new Applicant(
            asOf,
            r.Next(5) == 0 ? Sex.Female : Sex.Male,
            HealthRestriction: r.Next(12) == 0,
            MissingLimbOrProsthesis: r.Next(50) == 0,
            MedicalQualification: r.Next(5) == 0,
            PublicOfficial: r.Next(20) == 0,
            CriminalConviction: r.Next(20) == 0,
            ActiveMilitary: r.Next(20) == 0,
            FormerWarParticipant: r.Next(10) == 0);

        Contract? contract = null;
        Injury[]? injuries = null;
        if (r.Next(10) != 0)
        {
            var months = r.Next(6) switch { 0 or 1 or 2 => 12, 3 or 4 => 6, _ => r.Next(1, 25) };
            (contract, injuries) = ContractAndInjuries(r, asOf, months, maxInjuries: 1);
        }

        applicant = applicant with { BirthDate = Born(contract?.StartDate ?? asOf, asOf, years, days) };
        return new PolicyCase(id, Regions.All[r.Next(Regions.All.Count)], asOf, applicant, contract, injuries);
    }

    /// <summary>The phases of a contract's lifecycle that <c>asOf</c> is drawn in, each 1 in 5 (I7, I10).</summary>
    private enum Phase
    {
        NotStarted,
        Training,
        Assigned,
        AfterTheTerm,
        TerminatedEarly,
    }

    // A contract whose phase on asOf is drawn first (1 in 5 each: before its start, training, assigned, after its
    // term, after an early termination by the volunteer or, 1 in 3, the unit), then 0..maxInjuries injuries valid
    // under I12: on duty on a day in force up to asOf, off duty on any of the 400 days up to asOf.
    private static (Contract, Injury[]?) ContractAndInjuries(Random r, DateOnly asOf, int months, int maxInjuries)
    {
        var phase = (Phase)r.Next(5);
        var start = phase switch
        {
            Phase.NotStarted => asOf.AddDays(r.Next(1, 61)),
            Phase.Training => asOf.AddDays(-r.Next(0, 21)),                          // asOf is day 1..21
            Phase.Assigned => asOf.AddDays(-r.Next(21, months * 28)),                // day 22.. within any term of these months
            Phase.AfterTheTerm => asOf.AddDays(-r.Next(1, 366) + 1).AddMonths(-months), // the term ended 1..365 days before asOf
            _ => asOf.AddDays(-r.Next(0, 400)),
        };
        var term = ContractTerm.OfMonths(start, months)!;
        DateOnly? terminated = null;
        TerminatingParty? by = null;
        if (phase == Phase.TerminatedEarly)
        {
            var latest = term.End < asOf ? term.End : asOf;
            terminated = start.AddDays(r.Next(0, latest.DayNumber - start.DayNumber + 1));
            by = r.Next(3) == 0 ? TerminatingParty.Unit : null;
        }

        var inForce = terminated is { } t ? term.Before(t) : term;
        var lastOnDuty = inForce is null || inForce.Start > asOf ? (DateOnly?)null : inForce.End < asOf ? inForce.End : asOf;
        var injuries = new Injury[r.Next(0, maxInjuries + 1)];
        for (var j = 0; j < injuries.Length; j++)
        {
            var onDuty = lastOnDuty is not null && r.Next(2) == 0;
            injuries[j] = onDuty
                ? new Injury(DateOnly.FromDayNumber(r.Next(inForce!.Start.DayNumber, lastOnDuty!.Value.DayNumber + 1)), true)
                : new Injury(asOf.AddDays(-r.Next(0, 400)), false);
        }

        return (new Contract(months, start, terminated, by), injuries.Length == 0 ? null : injuries);
    }

    // The day a case is judged on: drawn even when fixed, so every later draw, and so the people, stay the same.
    private static DateOnly Judged(Random r, DateOnly? fixedAsOf)
    {
        var drawn = new DateOnly(2024, 1, 1).AddDays(r.Next(0, 730));
        return fixedAsOf ?? drawn;
    }

    // Born so as to be `years` completed years (and 0..365 days) old on the day enlistment is judged (I6): the
    // contract's start, or asOf without one; never after that day nor after asOf (a birth is reported once it happened).
    private static DateOnly Born(DateOnly judgedOn, DateOnly asOf, int years, int days)
    {
        var birth = judgedOn.AddYears(-years).AddDays(-days);
        var latest = judgedOn < asOf ? judgedOn : asOf;
        return birth > latest ? latest : birth;
    }

    private static PolicyCase One(Random r, string id, DateOnly? fixedAsOf)
    {
        var asOf = Judged(r, fixedAsOf);
        var (years, days) = (r.Next(0, 101), r.Next(0, 366));
        var applicant = new Applicant(
            asOf,
            r.Next(2) == 0 ? Sex.Male : Sex.Female,
            HealthRestriction: r.Next(8) == 0,
            MissingLimbOrProsthesis: r.Next(10) == 0,
            MedicalQualification: r.Next(3) == 0,
            PublicOfficial: r.Next(4) == 0,
            CriminalConviction: r.Next(10) == 0,
            ActiveMilitary: r.Next(10) == 0,
            FormerWarParticipant: r.Next(5) == 0);

        Contract? contract = null;
        Injury[]? injuries = null;
        if (r.Next(5) != 0)
        {
            var months = r.Next(4) switch { 0 => 12, 1 => 6, _ => r.Next(1, 25) };
            (contract, injuries) = ContractAndInjuries(r, asOf, months, maxInjuries: 3);
        }

        applicant = applicant with { BirthDate = Born(contract?.StartDate ?? asOf, asOf, years, days) };
        return new PolicyCase(id, Regions.All[r.Next(Regions.All.Count)], asOf, applicant, contract, injuries);
    }
}
