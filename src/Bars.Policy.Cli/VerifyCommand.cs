using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary>
/// <c>bars-policy verify</c>: checks the engine's rule sets over every combination of input classes
/// (<see cref="PolicyEngine.Verify"/>) and prints the report: per region the classes, the case count, clashes, gaps
/// and time; every failure with its smallest counterexample as case JSON; dead rules and uncovered claims.
/// <c>--region</c> limits it to some regions. Exit 0 when clean, 1 otherwise (or for an unknown region).
/// </summary>
internal sealed class VerifyCommand : Command
{
    private readonly Option<string?> format = OutputFormat.Option(OutputFormat.Text, OutputFormat.Json);

    private readonly Option<string[]> region = new("--region") { Description = "Check only this region (repeatable); every region by default.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public VerifyCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("verify", "Check every region's rules over every combination of input classes (no clash, no gap, no dead rule). Exit 0 when clean, 1 otherwise.")
    {
        this.io = io;
        this.engine = engine;
        Add(region);
        Add(format);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var regions = parse.GetValue(region) is { Length: > 0 } chosen ? chosen : null;
        if (regions?.FirstOrDefault(r => !engine.Value.Regions.Contains(r, StringComparer.Ordinal)) is { } unknown)
        {
            io.Error.WriteLine($"bars-policy verify: '{unknown}' is not a region: expected one of {string.Join(", ", engine.Value.Regions)}.");
            return ExitCodes.Failed;
        }

        var verification = engine.Value.Verify(regions);
        io.Out.Write(OutputFormat.Of(parse, format, io) == OutputFormat.Json ? PolicyJson.Write(verification, indented: true) + "\n" : verification.ToText());
        return verification.IsClean ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
