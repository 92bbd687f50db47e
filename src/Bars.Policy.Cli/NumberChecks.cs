using System.CommandLine;
using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>Range checks on whole-number options, reported by the parser like any other argument error.</summary>
internal static class NumberChecks
{
    /// <summary>Adds a check of the option's number: <paramref name="problem"/> says what is wrong with it, or null.</summary>
    /// <remarks>Option validators run before the value is converted (dotnet/command-line-api#2645), so this reads the
    /// token: one that is not a number is left to the parser, which reports it.</remarks>
    public static Option<int> Checked(this Option<int> option, Func<int, string?> problem)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && problem(n) is { } message)
            {
                result.AddError(message);
            }
        });
        return option;
    }
}
