namespace Bars.Policy.Parameters;

/// <summary>
/// The day on which each parameter is read for a case, declared once (I6, I9): the facts resolve every parameter on
/// its own day, and the rules read them through the facts without knowing the dates.
/// </summary>
internal static class ParameterDay
{
    /// <summary>Which day of a case a parameter is read on.</summary>
    public enum Of
    {
        /// <summary>The day enlistment is judged: the contract's start, or asOf without a contract (I6).</summary>
        Enlistment,

        /// <summary>The contract's start (its terms: training, lengths and the payment for signing), or asOf without one.</summary>
        ContractStart,

        /// <summary>asOf within the contract's days in force, else the nearest such day (I9: the rate of a day of membership).</summary>
        PayDay,

        /// <summary>The day of the one injury on duty, else as <see cref="PayDay"/> (C5: compensation in the event of an injury).</summary>
        Injury,
    }

    /// <summary>The day <paramref name="parameter"/> is read on.</summary>
    public static Of For(Parameter parameter) => parameter switch
    {
        Parameter.MinimumAge or Parameter.MaximumAge => Of.Enlistment,
        Parameter.MonthlyPayRub => Of.PayDay,
        Parameter.InjuryOnDutyCompensationRub => Of.Injury,
        _ => Of.ContractStart,
    };
}
