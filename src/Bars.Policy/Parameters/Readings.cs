namespace Bars.Policy.Parameters;

/// <summary>
/// The readings of claims.md, each once: its words as the catalogue lists them (<see cref="ById"/>), and the citations
/// findings use where the source itself has no words for the answer: what a decision means on its date (I7, I8, I10,
/// I11, I13). Every quote is claims.md's own (a test checks each is in it, white space aside); a finding cites the claim
/// it rests on too where there is one.
/// </summary>
internal static class Readings
{
    public static readonly SourceCitation I7 = new("I7", "Membership is the contract's term.");
    public static readonly SourceCitation I7NotStarted = new("I7", "Before the start the contract is signed but not begun (not yet a member); after the term the person is a former member.");
    public static readonly SourceCitation I7NoContract = new("I7", "Without a contract nobody is a member; what a person *would* get by enlisting is a why-not answer, not an entitlement.");
    public static readonly SourceCitation I8 = new("I8", "Every entitlement and obligation states the period it covers, and its status is the status on `asOf`.");
    public static readonly SourceCitation I8NotApplicable = new("I8", "for someone with no public position, and outside the term (the question does not arise)");
    public static readonly SourceCitation I10 = new("I10", "`Ended` (the term is over), `TerminatedEarly` (from the termination day)");
    public static readonly SourceCitation I10NotStarted = new("I10", "`NotStarted` (signed, begins later)");
    public static readonly SourceCitation I10NoContract = new("I10", "`NoContract` (none in the case)");
    public static readonly SourceCitation I11 = new("I11", "A fact the case lists as `unknown` is not read as false: an outcome that depends on it is Undetermined (MissingInput) and names the fact");
    public static readonly SourceCitation I13 = new("I13", "after a termination by the unit the repayment is Undetermined (source silent).");

    /// <summary>Every reading cited, once per id and words.</summary>
    public static IReadOnlyList<SourceCitation> All { get; } = [I7, I7NotStarted, I7NoContract, I8, I8NotApplicable, I10, I10NotStarted, I10NoContract, I11, I13];

    /// <summary>The words of each reading, as the catalogue quotes them: its headline or its rule.</summary>
    public static IReadOnlyDictionary<string, string> ById { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["I1"] = "The library reads C10 (and so C11) as Bryansk's. For Belgorod it is Undetermined (ambiguous), for Kursk Undetermined (silent).",
        ["I2"] = "C5–C7 were told by a Kursk enlistment office: the library scopes them to Kursk.",
        ["I3"] = "\"aged 18 to 65\" is inclusive at both ends, in completed years on the date enlistment is judged (I6).",
        ["I4"] = "Entitlements (pay, benefits) belong to members: an Ineligible applicant has none (NotEntitled), an Undetermined one has them Undetermined.",
        ["I5"] = "No dates of effect are in the source.",
        ["I6"] = "Enlistment is judged once, on the contract's start date.",
        ["I7"] = "Membership is the contract's term.",
        ["I8"] = "Every entitlement and obligation states the period it covers, and its status is the status on `asOf`.",
        ["I9"] = "A dated value applies to the days it is in force.",
        ["I10"] = "`NoContract` (none in the case), `NotStarted` (signed, begins later), `Training` (days 1–21, C4), `Assigned` (day 22 to the end of the term), `Ended` (the term is over), `TerminatedEarly` (from the termination day)",
        ["I11"] = "A fact the case lists as `unknown` is not read as false: an outcome that depends on it is Undetermined (MissingInput) and names the fact; an outcome that does not depend on it is decided.",
        ["I12"] = "An injury on duty must fall within the contract's term (otherwise the case is invalid: there was no duty); an injury off duty may fall on any day up to `asOf` and gives no compensation.",
        ["I13"] = "An early termination is the volunteer's decision unless the case says it was the unit's (`contract.terminatedBy`: `Volunteer`, the default, or `Unit`); after a termination by the unit the repayment is Undetermined (source silent).",
    };

    /// <summary>The reading's number, for ordering I2 before I10.</summary>
    public static int Number(string id) => int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;
}
