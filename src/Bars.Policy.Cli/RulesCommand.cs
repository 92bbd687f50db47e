using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary><c>bars-policy rules</c>: the engine's catalogue (<see cref="PolicyEngine.Describe"/>), as text for a person,
/// Markdown (docs/rules.md) or JSON.</summary>
internal sealed class RulesCommand : Command
{
    private readonly Option<string?> format = OutputFormat.Option(OutputFormat.Text, Markdown, OutputFormat.Json);

    private const string Markdown = "md";

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public RulesCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("rules", "Print the rule catalogue: every rule by area and region, its claims, the parameters and the silences (--format md: docs/rules.md).")
    {
        this.io = io;
        this.engine = engine;
        Add(format);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var catalog = engine.Value.Describe();
        io.Out.Write(OutputFormat.Of(parse, format, io) switch
        {
            OutputFormat.Json => PolicyJson.Write(catalog, indented: true) + "\n",
            Markdown => catalog.ToMarkdown(),
            _ => catalog.ToText(),
        });
        return ExitCodes.Ok;
    }
}
