using System.CommandLine;
using Bars.Policy.Cli.Output;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>--pass-through a,b</c> and <c>--weight w</c>, on <c>batch</c> and <c>compare</c>: a real population's own
/// columns (ids, strata, weights), which the library takes out of each line beside the case and hands back; the
/// tool writes them through to every output. Without them, such a column is an error of every line ("not a field of
/// the case"), as a misspelt field must be.
/// </summary>
internal sealed class PassThroughOptions
{
    /// <summary>The names of the decision's own members in JSON Lines, which a pass-through column cannot take.</summary>
    private static readonly string[] DecisionMembers = ["caseId", "region", "asOf", "enlistment", "entitlements", "obligations", "service", "errors", "policy"];

    private readonly Option<string[]> passThrough = new("--pass-through")
    {
        Description = "Fields of each input line that are not the case's (a population's ids, strata, weights): comma-separated names, written through to every output after the tool's columns.",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> weight = new("--weight")
    {
        Description = "The field of each input line that holds its weight (a number from 0): totals are given weighted beside the counts; the field is written through as --pass-through's are.",
    };

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    /// <param name="command">batch or compare.</param>
    public void AddTo(Command command)
    {
        command.Add(passThrough);
        command.Add(weight);
    }

    /// <summary>The names given to --pass-through, in order, and --weight's.</summary>
    /// <param name="parse">The command line.</param>
    /// <returns>The names.</returns>
    public (string[] PassThrough, string? Weight) Names(ParseResult parse) =>
        ([.. (parse.GetValue(passThrough) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries))], parse.GetValue(weight));

    /// <summary>The columns asked for, or why they cannot be: a name the case has, an empty one, one twice, or one the output has.</summary>
    /// <param name="parse">The command line.</param>
    /// <param name="engine">The engine that will read the lines: the library checks the names as it would at the batch.</param>
    /// <param name="jsonLines">Whether the output is JSON Lines (its members) rather than a table (<paramref name="ownColumns"/>).</param>
    /// <param name="ownColumns">The table's own columns.</param>
    /// <returns>The columns, or the problem.</returns>
    public (PassThroughColumns? Columns, string? Problem) Of(ParseResult parse, PolicyEngine engine, bool jsonLines, IEnumerable<string> ownColumns)
    {
        var (names, weightName) = Names(parse);
        if (names.Length == 0 && weightName is null) return (PassThroughColumns.None, null);
        var columns = new PassThroughColumns(names, weightName);
        if (Refusal(engine, columns.Into(new BatchOptions())) is { } refused) return (null, $"{Flag(weightName)}: {refused}");
        return columns.Clash(jsonLines ? DecisionMembers : ownColumns) is { } clash ? (null, $"{Flag(weightName)}: {clash}") : (columns, null);
    }

    /// <summary>
    /// Why the library refuses <paramref name="options"/>' fields (a field of the case, an empty or repeated name), in
    /// its words; null when it takes them. Checked at the call, as the batch will be: nothing is read.
    /// </summary>
    /// <param name="engine">The engine that will read the lines.</param>
    /// <param name="options">The batch's options, with its fields.</param>
    /// <returns>The refusal, or null.</returns>
    public static string? Refusal(PolicyEngine engine, BatchOptions options)
    {
        try
        {
            _ = engine.EvaluateMany(BatchInput.JsonLines(AsyncEnumerable.Empty<ReadOnlyMemory<byte>>()), r => r, options);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message.Replace($" (Parameter '{ex.ParamName}')", "", StringComparison.Ordinal);
        }
    }

    private static string Flag(string? weightName) => weightName is null ? "--pass-through" : "--pass-through/--weight";
}
