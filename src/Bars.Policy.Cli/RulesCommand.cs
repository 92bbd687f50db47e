using System.CommandLine;

namespace Bars.Policy.Cli;

/// <summary><c>bars-policy rules</c>: the engine's catalogue (<see cref="PolicyEngine.Describe"/>), as Markdown or JSON.</summary>
internal sealed class RulesCommand : Command
{
    private readonly Option<string> format = new("--format") { Description = "md (Markdown, for people) or json.", DefaultValueFactory = _ => "md" };

    private readonly CliStreams io;
    private readonly Lazy<PolicyEngine> engine;

    public RulesCommand(CliStreams io, Lazy<PolicyEngine> engine)
        : base("rules", "Print the rule catalogue: every rule by area and region, its claims and quotes, the parameters and the silences.")
    {
        this.io = io;
        this.engine = engine;
        format.AcceptOnlyFromAmong("md", "json");
        Add(format);
        SetAction(Run);
    }

    private int Run(ParseResult parse)
    {
        var catalog = engine.Value.Describe();
        io.Out.Write(parse.GetValue(format) == "json" ? PolicyJson.Write(catalog, indented: true) + "\n" : catalog.ToMarkdown());
        return ExitCodes.Ok;
    }
}
