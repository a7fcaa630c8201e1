using System.Diagnostics;
using FactoryTwin.Experiments.Brains;
using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Storage;
using FactoryTwin.Factory.World;

namespace FactoryTwin.Experiments.Running;

/// <summary>Runs an experiment's runs (this shard's, and only those not yet in the folder), several at once, recording each as it finishes.</summary>
/// <remarks>
/// Every run is independent (its own simulation, replication r's streams), so the results do not depend on how many
/// run at once, in what order, on which machine, or whether the experiment was stopped and resumed.
/// </remarks>
public static class ExperimentRunner
{
    /// <param name="resume">Keep the runs already in the folder (same experiment) and run only the others; otherwise start afresh.</param>
    /// <param name="trace">Gives the observer that traces run (0, 0), or null.</param>
    /// <param name="progress">Told when a run finishes, and now and then how far the runs under way are.</param>
    /// <param name="warnings">Told what a user should know of a run while it goes on.</param>
    /// <param name="brains">What decides for the fleets: by default the brains the plans name.</param>
    public static ExperimentOutcome Run(Experiment experiment, string folder, int parallelism, Shard shard, bool resume,
        Func<FactoryWorldInfo, IStateObserver>? trace = null, Action<ExperimentProgress>? progress = null, Action<RunWarning>? warnings = null,
        BrainSeat? brains = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        Directory.CreateDirectory(folder);
        var manifest = ExperimentManifest.Of(experiment, shard.ToString());
        if (resume && ExperimentManifest.Read(folder) is { } stored && stored.Fingerprint != manifest.Fingerprint)
            throw new InvalidDataException($"{folder} holds the results of another experiment (other scenarios, settings or seed); resume there with the same command, or choose another --out.");
        if (!resume)
            File.Delete(Path.Combine(folder, RunsStore.FileName)); // a fresh start: these runs are the new results
        manifest.Write(folder);

        var wanted = shard.RunsOf(experiment.Alternatives.Count, experiment.Replications, Shard.Paired(experiment.Kind));
        var done = RunsStore.Read(folder)
            .Where(r => wanted.Contains(new RunKey(r.Alternative, r.Replication)))
            .DistinctBy(r => (r.Alternative, r.Replication))
            .ToList();
        var pending = wanted.Except(done.Select(r => new RunKey(r.Alternative, r.Replication)))
            .OrderBy(k => k.Index(experiment.Replications)).ToList();
        var finished = new List<RunLine>(done);
        progress?.Invoke(new ExperimentProgress(finished.Count, wanted.Count, null));

        using (var store = new RunsStore(folder))
        {
            var scheduler = new RunScheduler(experiment.Alternatives.Count, pending, done.Select(r => (r.Alternative, r.WallSeconds)));
            var workers = Math.Clamp(parallelism, 1, Math.Max(1, pending.Count));
            var underWay = new double[workers]; // the fraction of simulated time each worker's run has done
            var hooks = new RunHooks(trace, warnings, brains, (worker, fraction) =>
            {
                lock (finished)
                {
                    underWay[worker] = fraction;
                    progress?.Invoke(new ExperimentProgress(finished.Count, wanted.Count, null, underWay.Sum()));
                }
            }, line =>
            {
                store.Append(line);
                lock (finished)
                {
                    finished.Add(line);
                    progress?.Invoke(new ExperimentProgress(finished.Count, wanted.Count, line, underWay.Sum()));
                }
            });
            RunAll(experiment, scheduler, workers, hooks, cancellation);
        }
        return new ExperimentOutcome(manifest, [.. finished.OrderBy(r => new RunKey(r.Alternative, r.Replication).Index(experiment.Replications))], wanted.Count);
    }

    /// <summary>Runs what the scheduler hands out on <paramref name="workers"/> threads, passing each finished run to the hooks.</summary>
    /// <remarks>Returns when every run is done or, after Ctrl-C, when the runs in progress have stopped; a failed run stops the others and is thrown.</remarks>
    private static void RunAll(Experiment experiment, RunScheduler scheduler, int workers, RunHooks hooks, CancellationToken cancellation)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        void Work(int worker)
        {
            try
            {
                while (!stop.IsCancellationRequested && scheduler.TryTake(out var key))
                {
                    var clock = Stopwatch.StartNew();
                    var observer = key is { Alternative: 0, Replication: 0 } && hooks.Trace is not null ? hooks.Trace(InfoOf(experiment, 0)) : null;
                    var name = experiment.Alternatives[key.Alternative].Name;
                    Action<string>? warn = hooks.Warnings is { } warnings ? message => warnings(new RunWarning(name, key.Replication, message)) : null;
                    var result = ReplicationRunner.Run(experiment.PlanOf(key.Alternative), key.Replication, observer is null ? null : [observer],
                        fraction => hooks.UnderWay(worker, fraction < 1 ? fraction : 0), warn, hooks.Brains, stop.Token);
                    var line = new RunLine(key.Alternative, name, key.Replication, result.Metrics, result.Events, clock.Elapsed.TotalSeconds);
                    hooks.Record(line);
                    scheduler.Finished(key, line.WallSeconds);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                stop.Cancel();
                throw;
            }
        }
        try
        {
            // A thread of its own per worker: they all start at once, whatever else the thread pool is doing.
            Task.WaitAll([.. Enumerable.Range(0, workers).Select(w => Task.Factory.StartNew(() => Work(w), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default))]);
        }
        catch (AggregateException error)
        {
            // Runs stopped by Ctrl-C or by another's failure end with a cancellation; what finished has been recorded.
            var failure = error.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException);
            if (failure is not null || !cancellation.IsCancellationRequested)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure ?? error);
        }
    }

    private static FactoryWorldInfo InfoOf(Experiment experiment, int alternative) =>
        new(node => experiment.Alternatives[alternative].Plan.Layout?.Nodes[node].Id ?? $"{node}");
}

/// <summary>How far an experiment is: runs finished (including those found in the folder) of the runs wanted, the run that just finished, and the runs under way (the sum of their fractions of simulated time done).</summary>
public sealed record ExperimentProgress(int Finished, int Wanted, RunLine? Last, double UnderWay = 0)
{
    /// <summary>The fraction of the work done, counting the runs under way by their simulated time.</summary>
    public double Fraction => Wanted == 0 ? 1 : Math.Min(1, (Finished + UnderWay) / Wanted);
}

/// <summary>A warning from a run while it goes on: which alternative and replication, and what the user should know.</summary>
public sealed record RunWarning(string Alternative, int Replication, string Message);

/// <summary>What the workers are given and tell as they go: the trace of run (0, 0), warnings, the brain seat, how far a worker's run is, and each finished run.</summary>
internal sealed record RunHooks(Func<FactoryWorldInfo, IStateObserver>? Trace, Action<RunWarning>? Warnings, BrainSeat? Brains, Action<int, double> UnderWay, Action<RunLine> Record);

/// <summary>The runs of an experiment that finished (this shard's, or all of them after a merge), in the experiment's fixed order.</summary>
public sealed record ExperimentOutcome(ExperimentManifest Manifest, IReadOnlyList<RunLine> Runs, int Wanted)
{
    /// <summary>True if every run wanted finished.</summary>
    public bool Complete => Runs.Count == Wanted;

    /// <summary>The finished runs of one alternative, by replication.</summary>
    public IReadOnlyList<RunLine> Of(int alternative) => [.. Runs.Where(r => r.Alternative == alternative).OrderBy(r => r.Replication)];
}
