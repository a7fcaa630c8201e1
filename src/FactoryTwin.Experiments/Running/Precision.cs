using FactoryTwin.Experiments.Design;
using FactoryTwin.Experiments.Statistics;

namespace FactoryTwin.Experiments.Running;

/// <summary>A sequential procedure: adds replications until a metric's confidence interval is narrow enough, or a limit is reached.</summary>
/// <remarks>
/// After each batch it estimates, from the half-width h with n replications, the n·(h/target)² replications the target
/// needs, and runs up to that many (at least one more, at most the limit). Earlier runs are kept, so nothing is run twice.
/// </remarks>
public static class Precision
{
    /// <param name="relativeHalfWidth">The target, e.g. 0.05 for ±5% of the mean.</param>
    /// <param name="resume">Keep the replications already in the folder from the start (later batches always keep them).</param>
    public static (ExperimentOutcome Outcome, bool Reached) Run(Experiment experiment, string folder, string metric, double relativeHalfWidth, int maxReplications,
        int parallelism, bool resume, Func<FactoryWorldInfo, Factory.World.IStateObserver>? trace, Action<ExperimentProgress>? progress, Action<RunWarning>? warnings,
        Brains.BrainSeat? brains, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        var n = Math.Min(Math.Max(2, experiment.Replications), maxReplications);
        while (true)
        {
            var outcome = ExperimentRunner.Run(experiment.WithReplications(n), folder, parallelism, Shard.All, resume, trace, progress, warnings, brains, cancellation);
            resume = true;
            var summary = Summaries.Of([.. outcome.Of(0).Select(r => r.Metrics)]).FirstOrDefault(s => s.Name == metric);
            var reached = summary is not null && summary.RelativeHalfWidth <= relativeHalfWidth;
            if (reached || n >= maxReplications || !outcome.Complete || summary is null || !double.IsFinite(summary.RelativeHalfWidth))
                return (outcome, reached);
            var needed = (int)Math.Ceiling(n * Math.Pow(summary.RelativeHalfWidth / relativeHalfWidth, 2));
            n = Math.Min(maxReplications, Math.Max(n + 1, needed));
        }
    }
}
