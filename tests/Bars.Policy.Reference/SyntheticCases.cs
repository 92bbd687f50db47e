namespace Bars.Policy.Reference;

/// <summary>
/// Synthetic, clearly made-up valid cases drawn from a seeded random source: every region, ages 0 to 100, both sexes, every flag,
/// no contract or 1–24 months, early termination or none, up to three injuries. Same seed, same cases.
/// </summary>
public static class SyntheticCases
{
    /// <summary>Generates <paramref name="count"/> valid cases; the same seed gives the same cases.</summary>
    public static IReadOnlyList<PolicyCase> Valid(int count, int seed) => Stream(seed).Take(count).ToArray();

    /// <summary>An endless stream of the same cases as <see cref="Valid"/>, made one at a time: memory stays flat.</summary>
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
            var end = start.AddMonths(months);
            DateOnly? terminated = null;
            if (r.Next(4) == 0 && start <= asOf)
            {
                var latest = end.AddDays(-1) < asOf ? end.AddDays(-1) : asOf;
                terminated = start.AddDays(r.Next(0, latest.DayNumber - start.DayNumber + 1));
            }

            contract = new Contract(months, start, terminated);
            if (start <= asOf)
            {
                // Injuries fall while the contract is in force (on duty needs one) and not after asOf.
                var last = Math.Min(asOf.DayNumber, (terminated ?? end).DayNumber - 1);
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
