namespace Bars.Policy.Parameters;

/// <summary>
/// The readings of claims.md that findings cite where the source itself has no words for the answer: what a decision
/// means on its date (I7, I8, I10, I11, I13). Each quotes claims.md (a test checks each quote is in it, white space
/// aside); a finding cites the claim it rests on too where there is one.
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
}
