using FactoryTwin.Cli;

// Ctrl-C or SIGTERM asks the work to stop; what has finished is written and the exit code is 130 or 143.
using var signals = new StopSignals();
var code = CommandLine.Run(args, Terminal.Console, signals.Token);
return code == ExitCodes.Interrupted ? signals.ExitCode : code;
