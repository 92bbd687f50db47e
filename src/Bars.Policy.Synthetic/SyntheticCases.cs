namespace Bars.Policy.Synthetic;

/// <summary>
/// A synthetic population: clearly made-up, valid cases drawn from a seeded random source, for demos, comparisons and
/// benchmarks (`bars-policy population`). Same seed and profile, same cases. The distributions are
/// <see cref="UniformDistributions"/> and <see cref="PlausibleDistributions"/> (each draw independent).
/// </summary>
public static class SyntheticCases
{
    /// <summary>The uniform profile's distributions, as <c>bars-policy population --help</c> prints them.</summary>
    public const string UniformDistributions =
        "uniform (the default; every rule is exercised, two thirds of the cases are Ineligible): asOf uniform over 2024-01-01 + 0..729 days; "
        + "region uniform over the shipped regions; age uniform 0..100 completed years plus 0..365 days (born no later than the contract's start); sex 1:1; health restriction 1 in 8; "
        + "missing limb or prosthesis 1 in 10; medical qualification 1 in 3; public official 1 in 4; criminal conviction 1 in 10; "
        + "serving military 1 in 10; former war participant 1 in 5; a contract in 4 of 5 cases: 12 months (1 in 4), 6 months (1 in 4) "
        + "or 1..24 months (1 in 2), starting between 399 days before and 10 days after asOf; an early termination in 1 of 4 started "
        + "contracts, on a day uniform over those it may fall on; 0..3 injuries (uniform) on days the contract is in force up to asOf, "
        + "on duty 1 in 2.";

    /// <summary>The plausible profile's distributions, as <c>bars-policy population --help</c> prints them.</summary>
    public const string PlausibleDistributions =
        "plausible (synthetic assumptions chosen to look like applicants, not data): as uniform, except: age 18..65 in 17 of 20 cases "
        + "(uniform within), 66..80 in 2 of 20, 14..17 in 1 of 20, plus 0..365 days; men 4 in 5; health restriction 1 in 12; missing limb "
        + "or prosthesis 1 in 50; medical qualification 1 in 5; public official 1 in 20; criminal conviction 1 in 20; serving military "
        + "1 in 20; former war participant 1 in 10; a contract in 9 of 10 cases: 12 months (1 in 2), 6 months (1 in 3) or 1..24 months "
        + "(1 in 6); an early termination in 1 of 10 started contracts; 0..1 injuries (uniform), on duty 1 in 2.";

    /// <summary>Generates <paramref name="count"/> valid cases; the same seed gives the same cases.</summary>
    /// <param name="count">How many cases.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The first <paramref name="count"/> cases of <see cref="Stream(int)"/> for <paramref name="seed"/>.</returns>
    public static IReadOnlyList<PolicyCase> Valid(int count, int seed) => Stream(seed).Take(count).ToArray();

    /// <summary>An endless stream of cases drawn as <paramref name="profile"/> says; <see cref="SyntheticProfile.Uniform"/> is <see cref="Stream(int)"/>.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="profile">How the cases are drawn.</param>
    /// <returns>Case after case, ids <c>gen-{seed}-0</c>, <c>gen-{seed}-1</c>, …</returns>
    public static IEnumerable<PolicyCase> Stream(int seed, SyntheticProfile profile)
    {
        if (profile == SyntheticProfile.Uniform)
        {
            foreach (var c in Stream(seed)) yield return c;
            yield break;
        }

        var random = new Random(seed);
        for (var i = 0L; ; i++) yield return Plausible(random, $"gen-{seed}-{i}");
    }

    /// <summary>An endless stream of the same cases as <see cref="Valid"/>, made one at a time: memory stays flat.</summary>
    /// <param name="seed">The random seed.</param>
    /// <returns>Case after case, ids <c>gen-{seed}-0</c>, <c>gen-{seed}-1</c>, …</returns>
    public static IEnumerable<PolicyCase> Stream(int seed)
    {
        var random = new Random(seed);
        for (var i = 0L; ; i++) yield return One(random, $"gen-{seed}-{i}");
    }

    private static PolicyCase Plausible(Random r, string id)
    {
        var asOf = new DateOnly(2024, 1, 1).AddDays(r.Next(0, 730));
        var band = r.Next(20);
        var years = band < 17 ? r.Next(18, 66) : band < 19 ? r.Next(66, 81) : r.Next(14, 18);
        var birth = asOf.AddYears(-years).AddDays(-r.Next(0, 366));
        var applicant = new Applicant(
            birth,
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
            (contract, injuries) = ContractAndInjuries(r, asOf, months, terminationOneIn: 10, maxInjuries: 1);
        }

        return new PolicyCase(id, Regions.All[r.Next(Regions.All.Count)], asOf, applicant, contract, injuries);
    }

    // A contract starting between 399 days before and 10 days after asOf, its early termination (1 in
    // terminationOneIn started contracts) and 0..maxInjuries injuries while it is in force, up to asOf.
    private static (Contract, Injury[]?) ContractAndInjuries(Random r, DateOnly asOf, int months, int terminationOneIn, int maxInjuries)
    {
        var start = asOf.AddDays(-r.Next(-10, 400));
        var term = ContractTerm.OfMonths(start, months)!;
        DateOnly? terminated = null;
        if (r.Next(terminationOneIn) == 0 && start <= asOf)
        {
            var latest = term.End < asOf ? term.End : asOf;
            terminated = start.AddDays(r.Next(0, latest.DayNumber - start.DayNumber + 1));
        }

        Injury[]? injuries = null;
        if (start <= asOf)
        {
            // Injuries fall while the contract is in force (on duty needs one) and not after asOf.
            var inForce = terminated is { } t ? term.Before(t) : term;
            var last = Math.Min(asOf.DayNumber, inForce?.End.DayNumber ?? start.DayNumber - 1);
            injuries = new Injury[last < start.DayNumber ? 0 : r.Next(0, maxInjuries + 1)];
            for (var j = 0; j < injuries.Length; j++)
            {
                injuries[j] = new Injury(DateOnly.FromDayNumber(r.Next(start.DayNumber, last + 1)), r.Next(2) == 0);
            }
        }

        return (new Contract(months, start, terminated), injuries);
    }

    private static PolicyCase One(Random r, string id)
    {
        var asOf = new DateOnly(2024, 1, 1).AddDays(r.Next(0, 730));
        var birth = asOf.AddYears(-r.Next(0, 101)).AddDays(-r.Next(0, 366));
        if (birth > asOf) birth = asOf;
        var applicant = new Applicant(
            birth,
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
            (contract, injuries) = ContractAndInjuries(r, asOf, months, terminationOneIn: 4, maxInjuries: 3);

            // Enlistment is judged on the contract's start (I6): nobody signs before being born. Moved after the
            // draws so that every other case stays the same.
            if (birth > contract.StartDate) applicant = applicant with { BirthDate = contract.StartDate };
        }

        return new PolicyCase(id, Regions.All[r.Next(Regions.All.Count)], asOf, applicant, contract, injuries);
    }
}
