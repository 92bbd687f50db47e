using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>--reform reform.json</c> on the commands that answer one case: the case is judged under the configuration a
/// reform file gives (the format <c>compare --reform</c> reads), so a person can see one decision of a compare.
/// </summary>
internal static class ReformOption
{
    public static Option<string?> Create() => new("--reform")
    {
        Description = "Judge the case under a reform: dated parameter changes as JSON (the file compare --reform reads), or - for standard input.",
    };

    /// <summary>
    /// Checks the case's path and the reform's (a directory is named as one) and refuses both on standard input;
    /// false, said on stderr, when the command cannot go on.
    /// </summary>
    public static bool InputsUsable(ParseResult parse, Option<string?> option, CliStreams io, string casePath)
    {
        var reformPath = parse.GetValue(option);
        if (!PathChecks.Check(io.Error, reformPath is null ? [casePath] : [casePath, reformPath], [])) return false;
        if (reformPath is null || !CliStreams.IsStandard(reformPath) || !CliStreams.IsStandard(casePath)) return true;
        io.Error.WriteLine("bars-policy: the reform and the case cannot both be standard input (-); give one of them as a file.");
        return false;
    }

    /// <summary>
    /// The engine the command evaluates with: the reform's when <paramref name="option"/> is given (null, said on
    /// stderr, when the reform cannot be read or used), else the command's own (<see cref="ExecutionOption.Engine"/>).
    /// </summary>
    public static PolicyEngine? Engine(ParseResult parse, Option<string?> option, CliStreams io, Lazy<PolicyEngine> engine, PolicyExecution? execution)
    {
        if (parse.GetValue(option) is not { } path) return ExecutionOption.Engine(engine, execution, compileOnFirstCase: true);

        // Not the values equal to those in force: finding them describes every region, a cost a one-case command does not pay.
        return Load(io, path, execution, baseline: null)?.Engine;
    }

    /// <summary>
    /// The reform at <paramref name="path"/> (or standard input for <c>-</c>) and the engine built from it, every
    /// command's one way to read a reform: what it may not mean is said on stderr as warnings (values equal to those in
    /// force only given <paramref name="baseline"/>); null, said on stderr, when it cannot be read or used.
    /// </summary>
    public static (ReformFile File, PolicyEngine Engine)? Load(CliStreams io, string path, PolicyExecution? execution, Catalog.PolicyCatalog? baseline)
    {
        try
        {
            ReformFile read;
            using (var input = io.OpenInput(path))
            {
                if (input is null) return null;
                read = ReformFile.Read(input.Stream, path);
            }

            var built = read.Build(execution);
            foreach (var warning in read.Warnings(baseline)) io.Error.WriteLine($"bars-policy: warning: the reform '{path}': {warning}");
            return (read, built);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ReformException or PolicyConfigurationException or ArgumentException)
        {
            io.Error.WriteLine($"bars-policy: the reform '{path}' cannot be used: {ex.Message}");
            return null;
        }
    }
}
