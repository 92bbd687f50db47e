// EXAMPLE ONLY: a host adding a fictitious region and filling Kursk monthly pay with a dated (fictitious) order.
Bars.Policy.Samples.ConsoleHost.Sample.Run(Console.Out);
