using System.Globalization;

namespace Bars.Policy.Cli;

/// <summary>
/// The exit code of a run over many cases (<c>batch</c>, <c>compare</c>) once its output is written whole: a run in
/// which every case is invalid (a population of one wrong column) is a failure, not a success with nothing in it;
/// <c>--strict</c> makes any invalid case one. An empty input has no invalid case.
/// </summary>
internal static class InvalidRows
{
    /// <summary><see cref="ExitCodes.Ok"/>, or <see cref="ExitCodes.InvalidCase"/> said on <paramref name="error"/>.</summary>
    /// <param name="error">Where to say why.</param>
    /// <param name="cases">The cases answered.</param>
    /// <param name="invalid">Those with errors.</param>
    /// <param name="strict">Whether any invalid case fails the run.</param>
    /// <returns>The exit code.</returns>
    public static int ExitCode(TextWriter error, long cases, long invalid, bool strict)
    {
        if (invalid == 0) return ExitCodes.Ok;
        var n = invalid.ToString("N0", CultureInfo.InvariantCulture);
        if (invalid == cases)
        {
            error.WriteLine($"bars-policy: every one of the {n} cases is invalid (exit 2); the output is written, each row with its errors.");
            return ExitCodes.InvalidCase;
        }

        if (!strict) return ExitCodes.Ok;
        error.WriteLine($"bars-policy: {n} of {cases.ToString("N0", CultureInfo.InvariantCulture)} cases are invalid and --strict was given (exit 2); the output is written whole.");
        return ExitCodes.InvalidCase;
    }
}
