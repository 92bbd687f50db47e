using Bars.Policy.Cli;

using var interruption = new Interruption(Console.Error);
return await new CliApp(Console.OpenStandardInput(), StandardOutput.Open(), Console.Error, interruption: interruption, terminal: !Console.IsOutputRedirected).RunAsync(args);
