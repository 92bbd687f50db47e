using Bars.Policy.Cli;

return new CliApp(Console.In, Console.Out, Console.Error).Run(args);
