using System.Diagnostics;
using FactoryTwin.Des;
using FactoryTwin.Experiments.Brains;
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
    /// <param name="brains">What decides for the fleets: by default the brains the plan names.</param>
    /// <exception cref="SimulationException">The run failed, or a brain program broke the protocol (the message says how, with the fleet and the time).</exception>
    public static ReplicationResult Run(FactoryPlan plan, int replication, IEnumerable<IStateObserver>? observers = null,
        Action<double>? progress = null, Action<string>? warnings = null, BrainSeat? brains = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        var metrics = new MetricsCollector(plan);
        var end = plan.Run.DurationSeconds;
        var world = Simulate(plan, replication, end, [metrics, .. observers ?? []], progress, warnings, brains, cancellation);
        world.CollectTrafficCounters(metrics);
        var report = metrics.Report(end, world.JobsInProgress);
        return new ReplicationResult(replication, report, world.Simulation.ProcessedEvents, end, clock.Elapsed.TotalSeconds);
    }

    /// <summary>The state of the whole factory at <paramref name="time"/> of a replication: it is run again to then (it is deterministic), after every event before that time.</summary>
    /// <exception cref="SimulationException">As for <see cref="Run"/>.</exception>
    public static WorldState StateAt(FactoryPlan plan, int replication, double time, BrainSeat? brains = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Simulate(plan, replication, time, [], null, null, brains, cancellation).State();
    }

    /// <summary>Builds the replication's world, runs it to <paramref name="until"/> in slices (for progress and Ctrl-C), and stops its brain programs.</summary>
    private static FactoryWorld Simulate(FactoryPlan plan, int replication, double until, IEnumerable<IStateObserver> observers,
        Action<double>? progress, Action<string>? warnings, BrainSeat? brains, CancellationToken cancellation)
    {
        var simulation = new Simulation(plan.Seed, replication);
        var world = new FactoryWorld(plan, simulation, observers) { Warnings = warnings };
        using var seated = (brains ?? new BrainSeat(BrainSeat.DefaultTimeout)).Seat(plan, replication, cancellation); // a seat of its own: a seat gathers its runs' timings
        try
        {
            world.Start(seated.BrainOf);
            for (var slice = 1; slice <= Slices; slice++)
            {
                cancellation.ThrowIfCancellationRequested();
                simulation.Run(until * slice / Slices, cancellation);
                progress?.Invoke((double)slice / Slices);
            }
            if (until >= plan.Run.DurationSeconds)
                seated.Finished(until);
        }
        catch (SimulationException error) when (error.GetBaseException() is IOException output)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(output); // a trace that cannot be written (a full disk): an output failure, not the model's
        }
        catch (SimulationException error) when (error.InnerException is OperationCanceledException stopped)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(stopped); // stopped while a brain was thinking: cancelled, not failed
        }
        catch (SimulationException error) when (error.InnerException is BrainException brain)
        {
            throw new SimulationException(brain.Message, error.Time, error.ProcessName, brain); // the brain's message says it all
        }
        catch (BrainException brain)
        {
            throw new SimulationException(brain.Message, simulation.Now, null, brain);
        }
        return world;
    }
}
