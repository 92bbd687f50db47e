namespace Bars.Policy.Synthetic;

/// <summary>
/// A synthetic population: clearly made-up, valid cases drawn from a seeded random source, for demos, comparisons and
/// benchmarks (`bars-policy population`). Same seed, same cases. Distributions (each draw independent):
/// asOf uniform over 2024-01-01 + 0..729 days; region uniform over the shipped regions; age uniform 0..100 completed
/// years plus 0..365 days; sex 1:1; health restriction 1 in 8; missing limb or prosthesis 1 in 10; medical
/// qualification 1 in 3; public official 1 in 4; criminal conviction 1 in 10; serving military 1 in 10; former war
/// participant 1 in 5; a contract in 4 of 5 cases: 12 months (1 in 4), 6 months (1 in 4) or 1..24 months (1 in 2),
/// starting between 399 days before and 10 days after asOf; an early termination in 1 of 4 started contracts, on a
/// day uniform over those it may fall on; 0..3 injuries (uniform) on days the contract is in force up to asOf, on duty
/// 1 in 2.
/// </summary>
public static class SyntheticCases
{
    /// <summary>Generates <paramref name="count"/> valid cases; the same seed gives the same cases.</summary>
    /// <param name="count">How many cases.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The first <paramref name="count"/> cases of <see cref="Stream"/> for <paramref name="seed"/>.</returns>
    public static IReadOnlyList<PolicyCase> Valid(int count, int seed) => Stream(seed).Take(count).ToArray();

    /// <summary>An endless stream of the same cases as <see cref="Valid"/>, made one at a time: memory stays flat.</summary>
    /// <param name="seed">The random seed.</param>
    /// <returns>Case after case, ids <c>gen-{seed}-0</c>, <c>gen-{seed}-1</c>, …</returns>
    public static IEnumerable<PolicyCase> Stream(int seed)
    {
        var random = new Random(seed);
        for (var i = 0L; ; i++) yield return One(random, $"gen-{seed}-{i}");
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
            var start = asOf.AddDays(-r.Next(-10, 400));
            var term = ContractTerm.OfMonths(start, months)!;
            DateOnly? terminated = null;
            if (r.Next(4) == 0 && start <= asOf)
            {
                var latest = term.End < asOf ? term.End : asOf;
                terminated = start.AddDays(r.Next(0, latest.DayNumber - start.DayNumber + 1));
            }

            contract = new Contract(months, start, terminated);
            if (start <= asOf)
            {
                // Injuries fall while the contract is in force (on duty needs one) and not after asOf.
                var inForce = terminated is { } t ? term.Before(t) : term;
                var last = Math.Min(asOf.DayNumber, inForce?.End.DayNumber ?? start.DayNumber - 1);
                injuries = new Injury[last < start.DayNumber ? 0 : r.Next(0, 4)];
                for (var j = 0; j < injuries.Length; j++)
                {
                    injuries[j] = new Injury(DateOnly.FromDayNumber(r.Next(start.DayNumber, last + 1)), r.Next(2) == 0);
                }
            }
        }

        return new PolicyCase(id, Regions.All[r.Next(Regions.All.Count)], asOf, applicant, contract, injuries);
    }
}
