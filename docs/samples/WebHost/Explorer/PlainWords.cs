using System.Globalization;
using System.Text;

namespace Bars.Policy.Samples.WebHost.Explorer;

/// <summary>The decision's names and reasons in plain words, for people who do not read the JSON contract.</summary>
internal static class PlainWords
{
    /// <summary>Why an outcome is Undetermined.</summary>
    public static string Reason(UndeterminedReason reason) => reason switch
    {
        UndeterminedReason.SourceSilent => "The source says nothing on this, so the library does not guess an answer.",
        UndeterminedReason.SourceConflict => "The source contradicts itself on this, so the library does not pick a side.",
        UndeterminedReason.MissingInput => "The case lacks something this answer depends on, such as a fact answered “Don't know”: unknown is not no (I11), so the library does not read it as one (the findings say what).",
        _ => reason.ToString(),
    };

    /// <summary>A name of the contract in words: <c>MonthlyPay</c> → <c>Monthly pay</c>, <c>NotEntitled</c> → <c>Not entitled</c>.</summary>
    public static string Words(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>A status in words: <c>NotEntitled</c> → <c>Not entitled</c>; <c>NotApplicable</c> → <c>Does not arise</c>
    /// (I8: the question does not arise, neither granted nor refused).</summary>
    public static string Status(string status) => status == nameof(EntitlementStatus.NotApplicable) ? "Does not arise" : Words(status);

    /// <summary>An amount in roubles: <c>40,000 RUB a month</c>, <c>300,000 RUB once</c>.</summary>
    public static string Amount(decimal rub, PaymentPeriod? period)
    {
        var amount = $"{rub.ToString("N0", CultureInfo.InvariantCulture)} RUB";
        return period switch
        {
            PaymentPeriod.Month => $"{amount} a month",
            PaymentPeriod.Once => $"{amount} once",
            _ => amount,
        };
    }

    /// <summary>Which outcome an explanation is about, in words: <c>entitlements.MonthlyPay</c> → <c>Monthly pay</c>.</summary>
    public static string Outcome(string outcome) => outcome switch
    {
        "case" => "The case",
        _ => Words(outcome[(outcome.IndexOf('.', StringComparison.Ordinal) + 1)..] is { Length: > 0 } name ? char.ToUpperInvariant(name[0]) + name[1..] : outcome),
    };

    /// <summary>An outcome's value in words: <c>Entitled, 40,000 RUB a month</c>, <c>Undetermined (the source is silent)</c>;
    /// <c>no answer (the case is not valid then)</c> for a day the case is not valid.</summary>
    public static string State(Bars.Policy.Explanation.OutcomeState? state)
    {
        if (state is null) return "no answer (the case is not valid then)";
        var text = Status(state.Status);
        if (state.AmountRub is { } rub) text += ", " + Amount(rub, state.Period);
        if (state.UndeterminedReason is { } reason) text += $" ({ReasonShort(reason)})";
        return text;
    }

    /// <summary>An applicant fact of the contract (<c>healthRestriction</c>) as the form asks it.</summary>
    public static string Fact(string fact) => ApplicantFlag.Named(fact)?.Label ?? fact;

    private static string ReasonShort(UndeterminedReason reason) => reason switch
    {
        UndeterminedReason.SourceSilent => "the source is silent",
        UndeterminedReason.SourceConflict => "the source contradicts itself",
        UndeterminedReason.MissingInput => "the case lacks an input",
        _ => Words(reason.ToString()),
    };

    /// <summary>A date as the contract writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
