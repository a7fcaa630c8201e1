namespace FactoryTwin.Experiments.Running;

/// <summary>Runs the replications of a plan, on several cores if asked; replication r always draws the same numbers, so the results do not depend on how many run at once or in what order.</summary>
public static class ScenarioRunner
{
    /// <summary>Runs replications 0 to n − 1 and returns those that finished, in order; stops early (keeping what finished) when cancelled.</summary>
    /// <param name="progress">Told, now and then, the fraction of all the simulated time done.</param>
    public static IReadOnlyList<ReplicationResult> Run(FactoryPlan plan, RunOptions options, Action<double>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var results = new ReplicationResult?[options.Replications];
        var done = new double[options.Replications];
        var gate = new object();
        void Report(int replication, double fraction)
        {
            if (progress is null)
                return;
            lock (gate)
            {
                done[replication] = fraction;
                progress(done.Sum() / done.Length);
            }
        }
        var info = new FactoryWorldInfo(node => plan.Layout?.Nodes[node].Id ?? node.ToString(System.Globalization.CultureInfo.InvariantCulture));
        try
        {
            Parallel.For(0, options.Replications, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellation }, r =>
            {
                var trace = r == 0 && options.Trace is { } makeTrace ? makeTrace(info) : null;
                results[r] = ReplicationRunner.Run(plan, r, trace is null ? null : [trace], f => Report(r, f), cancellation);
            });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // What finished is kept; the caller sees fewer results than it asked for.
        }
        catch (AggregateException error)
        {
            // A replication that failed fails the run with its own error (the simulated time and the process that threw).
            var failure = error.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException);
            if (failure is not null || !cancellation.IsCancellationRequested)
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure ?? error);
        }
        return [.. results.Where(r => r is not null).Select(r => r!)];
    }
}
