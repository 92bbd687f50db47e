using Bars.Policy.Cli;

using var interruption = new Interruption(Console.Error);

// Checked first: with standard input closed, reading it would wait on a descriptor of the runtime's own (see StandardInput).
var stdin = StandardInput.WasClosed() ? null : Console.OpenStandardInput();
return await new CliApp(stdin, StandardOutput.Open(), Console.Error, interruption: interruption, terminal: !Console.IsOutputRedirected).RunAsync(args);
