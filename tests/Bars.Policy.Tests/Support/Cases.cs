namespace Bars.Policy.Tests.Support;

/// <summary>
/// Readable cases for tests: an eligible 40-year-old man with a 12-month contract that started 60 days
/// before <see cref="AsOf"/>, no flags and no injuries; each test changes only what it is about.
/// </summary>
internal static class Cases
{
    public static readonly DateOnly AsOf = new(2024, 10, 1);

    public static Applicant Man(int age = 40) => new(AsOf.AddYears(-age).AddDays(-10), Sex.Male);

    public static Applicant Woman(int age = 40) => Man(age) with { Sex = Sex.Female };

    public static Contract Contract(int months = 12, int startedDaysAgo = 60, DateOnly? terminatedEarlyOn = null) =>
        new(months, AsOf.AddDays(-startedDaysAgo), terminatedEarlyOn);

    public static PolicyCase In(string region, Applicant? applicant = null, Contract? contract = null, params Injury[] injuries) =>
        new("test-1", region, AsOf, applicant ?? Man(), contract ?? Contract(), injuries.Length == 0 ? null : injuries);

    public static PolicyCase WithoutContract(string region, Applicant? applicant = null) =>
        new("test-1", region, AsOf, applicant ?? Man(), null, null);

    public static Injury OnDuty(int daysAgo = 5) => new(AsOf.AddDays(-daysAgo), true);

    public static Injury OffDuty(int daysAgo = 5) => new(AsOf.AddDays(-daysAgo), false);
}
