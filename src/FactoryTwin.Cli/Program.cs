using FactoryTwin.Cli;

// Ctrl-C asks the work to stop; what has finished is written and the exit code is 130.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return CommandLine.Run(args, Terminal.Console, stop.Token);
