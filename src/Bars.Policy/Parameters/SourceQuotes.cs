namespace Bars.Policy.Parameters;

/// <summary>
/// The source's own words for each claim of claims.md, verbatim (a test checks each is a substring of the
/// source text kept in docs/sources). Findings quote from here and nowhere else.
/// </summary>
internal static class SourceQuotes
{
    public const string C1 = "BARS units accept individuals aged 18 to 65";
    public const string C2 = "BARS units accept individuals aged 18 to 65 without health restrictions.";
    public const string C3 = "lost his leg, is struggling to find a job. He attempted to apply to BARS but was refused.";
    public const string C4 = "Volunteers undergo three weeks of combat and medical training, after which commanders assign them to tasks.";
    public const string C5 = "Representatives of a military enlistment office in Kursk Oblast told 7x7 that BARS members are entitled to a 3 million ruble compensation in the event of an injury on duty.";
    public const string C6 = "They will also receive combat veteran status";
    public const string C7 = "their families will have the same privileges as those of participants in the war in Ukraine.";
    public const string C8 = "In Belgorod Oblast, BARS members will earn 80,000 rubles per month";
    public const string C9 = "in Bryansk Oblast, the monthly rate is set at 40,000 rubles.";
    public const string C10 = "Those who sign an annual contract are eligible for a one-time payment of 300,000 rubles, or half that amount for a six-month contract.";
    public const string C11 = "If a volunteer decides to terminate the contract early, they must return the full payment.";
    public const string C12 = "A military enlistment office in Kursk Oblast informed 7x7 that they only enlist women with medical qualifications.";
    public const string C13 = "was told that they “do not enlist women yet.” However, considering the high-profile examples of women in BARS publicized by Gladkov, this statement seems misleading.";
    public const string C14 = "Belgorod Oblast Duma Deputy Sergey Popov also joined, along with five staff members from the Gubkinsky District. All retain their positions.";
    public const string C15 = "In Kursk Oblast, members of the “BARS-Kursk” division are responsible for security in eight districts where some residents remain despite evacuations. They also guard checkpoints and maintain order.";
    public const string C16 = "In Belgorod Oblast, authorities and military personnel have tasked BARS units with guarding vital infrastructure, such as seven key bridges, and combating drones—one of which they reportedly shot down. Additionally, they organize evacuations, uphold public order, and work with construction brigades to repair homes damaged by shelling.";
    public const string C17 = "In Bryansk Oblast, a BARS squad guards “critically important” sites (the specifics of which have not been disclosed) and protects civilians.";
    public const string C18 = "BARS units mainly perform supplementary tasks, such as securing rear checkpoints, monitoring for sabotage and reconnaissance groups, guarding strategic sites, and other duties that free up professional soldiers for frontline combat";
    public const string C19 = "Among those interested in joining BARS are convicts and both former and current participants in the war in Ukraine. Active military personnel have inquired whether they can leave the army to serve in a regional unit.";
}
