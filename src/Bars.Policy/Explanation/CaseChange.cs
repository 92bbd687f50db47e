using System.Globalization;
using System.Text.RegularExpressions;

namespace Bars.Policy.Explanation;

/// <summary>
/// One change to a case's input, as a why-not answer proposes it: the field (by its JSON path), its value before
/// and after (as the JSON contract writes them), whether the person could make it, and the change in words.
/// <see cref="ApplyTo"/> makes the changed case. Compares by content.
/// </summary>
public sealed partial record CaseChange
{
    /// <summary>A change; only the explanations make them.</summary>
    /// <param name="field">The JSON path of the field.</param>
    /// <param name="from">The value before, or null when there was none.</param>
    /// <param name="to">The value after.</param>
    /// <param name="byThePerson">Whether the person could make it.</param>
    /// <param name="text">The change in words.</param>
    internal CaseChange(string field, string? from, string? to, bool byThePerson, string text)
    {
        Field = field;
        From = from;
        To = to;
        ByThePerson = byThePerson;
        Text = text;
    }

    /// <summary>
    /// The field: <c>asOf</c> (a later date: time as a change), <c>region</c>, <c>applicant.birthDate</c>,
    /// <c>applicant.sex</c>, <c>applicant.&lt;flag&gt;</c>, <c>contract.months</c>, or <c>contract</c> (a contract
    /// signed where there was none, or a new one in place of the case's, written <c>12 months from 2024-10-01</c>).
    /// </summary>
    public string Field { get; }

    /// <summary>The value before, as the JSON contract writes it; null when there was none.</summary>
    public string? From { get; }

    /// <summary>The value after, as the JSON contract writes it.</summary>
    public string? To { get; }

    /// <summary>Whether the person could make the change (a later date, a qualification, a contract's length), as
    /// opposed to one they cannot (birth date, sex, region, a health restriction, a conviction).</summary>
    public bool ByThePerson { get; }

    /// <summary>The change in words, e.g. <c>from 2026-05-01 (aged 18)</c> or <c>with a medical qualification</c>.</summary>
    public string Text { get; }

    /// <summary>The case with this change made.</summary>
    /// <param name="policyCase">The case (the one the answer was for, or one with other changes made).</param>
    /// <returns>A copy of <paramref name="policyCase"/> with <see cref="Field"/> set to <see cref="To"/>.</returns>
    /// <exception cref="InvalidOperationException">The case lacks the part the field belongs to.</exception>
    public PolicyCase ApplyTo(PolicyCase policyCase)
    {
        ArgumentNullException.ThrowIfNull(policyCase);
        var applicant = policyCase.Applicant;
        switch (Field)
        {
            case "asOf": return policyCase with { AsOf = Date(To) };
            case "region": return policyCase with { Region = To };
            case "applicant.birthDate": return policyCase with { Applicant = Need(applicant) with { BirthDate = Date(To) } };
            case "applicant.sex": return policyCase with { Applicant = Need(applicant) with { Sex = Enum.Parse<Sex>(To!) } };
            case "contract.months":
                return policyCase with { Contract = (policyCase.Contract ?? throw new InvalidOperationException("The case has no contract.")) with { Months = int.Parse(To!, CultureInfo.InvariantCulture) } };
            case "contract":
                var signed = SignedContract().Match(To ?? "");
                if (!signed.Success) throw new InvalidOperationException($"'{To}' is not a contract written 'N months from yyyy-MM-dd'.");
                return policyCase with { Contract = new Contract(int.Parse(signed.Groups[1].Value, CultureInfo.InvariantCulture), Date(signed.Groups[2].Value)) };
        }

        if (Field.StartsWith("applicant.", StringComparison.Ordinal) && ApplicantFlags.Named(Field["applicant.".Length..]) is { } flag)
        {
            return policyCase with { Applicant = flag.Set(Need(applicant), bool.Parse(To!)) };
        }

        throw new InvalidOperationException($"'{Field}' is not a field a change can make.");
    }

    /// <summary>The change in words.</summary>
    /// <returns><see cref="Text"/>.</returns>
    public override string ToString() => Text;

    internal static string Write(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static string Contract(int months, DateOnly start) => $"{months.ToString(CultureInfo.InvariantCulture)} months from {Write(start)}";

    private static DateOnly Date(string? text) => DateOnly.ParseExact(text!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Applicant Need(Applicant? applicant) => applicant ?? throw new InvalidOperationException("The case has no applicant.");

    [GeneratedRegex(@"^([0-9]+) months from ([0-9]{4}-[0-9]{2}-[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex SignedContract();
}
