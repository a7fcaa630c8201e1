using System.Diagnostics;
using FactoryTwin.Des;
using FactoryTwin.Factory.Metrics;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Running;

/// <summary>Runs one replication of a plan: builds its world on a fresh simulation, runs it to the end, and collects its metrics.</summary>
public static class ReplicationRunner
{
    /// <summary>Simulated seconds between checks for cancellation and progress reports.</summary>
    private const int Slices = 200;

    /// <param name="observers">Extra observers of the state log (a trace writer, a history).</param>
    /// <param name="progress">Told the fraction of simulated time done, now and then.</param>
    /// <param name="warnings">Told what a user should know of the run while it goes on (a fleet that makes no progress).</param>
    public static ReplicationResult Run(FactoryPlan plan, int replication, IEnumerable<IStateObserver>? observers = null,
        Action<double>? progress = null, Action<string>? warnings = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        var simulation = new Simulation(plan.Seed, replication);
        var metrics = new MetricsCollector(plan);
        var world = new FactoryWorld(plan, simulation, [metrics, .. observers ?? []]) { Warnings = warnings };
        world.Start();
        var end = plan.Run.DurationSeconds;
        for (var slice = 1; slice <= Slices; slice++)
        {
            cancellation.ThrowIfCancellationRequested();
            simulation.Run(until: end * slice / Slices);
            progress?.Invoke((double)slice / Slices);
        }
        world.CollectTrafficCounters(metrics);
        var report = metrics.Report(end, world.JobsStarted, world.JobsFinished);
        return new ReplicationResult(replication, report, simulation.ProcessedEvents, end, clock.Elapsed.TotalSeconds);
    }
}
