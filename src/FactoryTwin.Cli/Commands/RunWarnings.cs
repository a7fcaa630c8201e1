using FactoryTwin.Experiments.Running;
using Serilog;

namespace FactoryTwin.Cli.Commands;

/// <summary>Warnings from runs under way go to the log (standard error), naming the run.</summary>
internal static class RunWarnings
{
    public static void Log(ILogger log, RunWarning warning) =>
        log.Warning("{Alternative}, replication {Replication}: {Message}", warning.Alternative, warning.Replication + 1, warning.Message);
}
