namespace Bars.Policy.Parameters;

/// <summary>
/// The claims of claims.md, each once: its id and the source's own words, verbatim (a test checks each quote is a
/// substring of the source text kept in docs/sources). Parameters, rules and the catalogue read them from here.
/// </summary>
internal static class Claims
{
    public static readonly SourceCitation C1 = new("C1", "BARS units accept individuals aged 18 to 65");
    public static readonly SourceCitation C2 = new("C2", "BARS units accept individuals aged 18 to 65 without health restrictions.");
    public static readonly SourceCitation C3 = new("C3", "lost his leg, is struggling to find a job. He attempted to apply to BARS but was refused.");
    public static readonly SourceCitation C4 = new("C4", "Volunteers undergo three weeks of combat and medical training, after which commanders assign them to tasks.");
    public static readonly SourceCitation C5 = new("C5", "Representatives of a military enlistment office in Kursk Oblast told 7x7 that BARS members are entitled to a 3 million ruble compensation in the event of an injury on duty.");
    public static readonly SourceCitation C6 = new("C6", "They will also receive combat veteran status");
    public static readonly SourceCitation C7 = new("C7", "their families will have the same privileges as those of participants in the war in Ukraine.");
    public static readonly SourceCitation C8 = new("C8", "In Belgorod Oblast, BARS members will earn 80,000 rubles per month");
    public static readonly SourceCitation C9 = new("C9", "in Bryansk Oblast, the monthly rate is set at 40,000 rubles.");
    public static readonly SourceCitation C10 = new("C10", "Those who sign an annual contract are eligible for a one-time payment of 300,000 rubles, or half that amount for a six-month contract.");
    public static readonly SourceCitation C11 = new("C11", "If a volunteer decides to terminate the contract early, they must return the full payment.");
    public static readonly SourceCitation C12 = new("C12", "A military enlistment office in Kursk Oblast informed 7x7 that they only enlist women with medical qualifications.");
    public static readonly SourceCitation C13 = new("C13", "was told that they “do not enlist women yet.” However, considering the high-profile examples of women in BARS publicized by Gladkov, this statement seems misleading.");
    public static readonly SourceCitation C14 = new("C14", "Belgorod Oblast Duma Deputy Sergey Popov also joined, along with five staff members from the Gubkinsky District. All retain their positions.");
    public static readonly SourceCitation C15 = new("C15", "In Kursk Oblast, members of the “BARS-Kursk” division are responsible for security in eight districts where some residents remain despite evacuations. They also guard checkpoints and maintain order.");
    public static readonly SourceCitation C16 = new("C16", "In Belgorod Oblast, authorities and military personnel have tasked BARS units with guarding vital infrastructure, such as seven key bridges, and combating drones—one of which they reportedly shot down. Additionally, they organize evacuations, uphold public order, and work with construction brigades to repair homes damaged by shelling.");
    public static readonly SourceCitation C17 = new("C17", "In Bryansk Oblast, a BARS squad guards “critically important” sites (the specifics of which have not been disclosed) and protects civilians.");
    public static readonly SourceCitation C18 = new("C18", "BARS units mainly perform supplementary tasks, such as securing rear checkpoints, monitoring for sabotage and reconnaissance groups, guarding strategic sites, and other duties that free up professional soldiers for frontline combat");
    public static readonly SourceCitation C19 = new("C19", "Among those interested in joining BARS are convicts and both former and current participants in the war in Ukraine. Active military personnel have inquired whether they can leave the army to serve in a regional unit.");

    public static readonly SourceCitation C20 = new("C20", "these squads guard strategic locations, such as bridges and industrial sites, assist the Russian army at checkpoints, and even train to shoot down Ukrainian drones");
    public static readonly SourceCitation C21 = new("C21", "I’ll outline the structure of these units and discuss whether they might be deployed to the war zone.");

    /// <summary>Every claim, in id order.</summary>
    public static IReadOnlyList<SourceCitation> All { get; } =
        [C1, C2, C3, C4, C5, C6, C7, C8, C9, C10, C11, C12, C13, C14, C15, C16, C17, C18, C19, C20, C21];

    private static readonly Dictionary<string, SourceCitation> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>The claim with <paramref name="id"/>, or null when the source has none by that id.</summary>
    public static SourceCitation? Find(string id) => ById.GetValueOrDefault(id);
}
