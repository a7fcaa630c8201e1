using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;

namespace FactoryTwin.Experiments.Output;

/// <summary>Writes an experiment's result files from its manifest and runs alone, so a resumed or merged experiment writes the same bytes as one run straight through.</summary>
public static class ResultFiles
{
    public const double ConfidenceLevel = 0.95;

    /// <summary>metrics.* for a run, compare.* for a comparison, sweep.* for a sweep; returns the index of the best alternative (or -1).</summary>
    public static int Write(string folder, ExperimentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var manifest = outcome.Manifest;
        var header = new ExperimentHeader(manifest.Kind, manifest.Seed, manifest.Replications, outcome.Complete, ConfidenceLevel);
        switch (manifest.Kind)
        {
            case "run":
                var alternative = manifest.Alternatives[0];
                var runs = outcome.Of(0);
                var summaries = Summaries.Of([.. runs.Select(r => r.Metrics)], ConfidenceLevel);
                var numbers = runs.Select(r => r.Replication + 1).ToList();
                MetricsFiles.WriteJson(Path.Combine(folder, "metrics.json"), new MetricsHeader(alternative.Scenario, manifest.Seed, runs.Count, numbers, outcome.Complete,
                    alternative.DurationSeconds, alternative.WarmupSeconds, ConfidenceLevel), summaries);
                MetricsFiles.WriteCsv(Path.Combine(folder, "metrics.csv"), summaries, numbers);
                return 0;
            case "compare":
                var comparison = Comparison.Of(outcome, ConfidenceLevel);
                var best = comparison.Best(manifest.By, manifest.Maximize);
                CompareFiles.WriteJson(Path.Combine(folder, "compare.json"), header, comparison, manifest.By, manifest.Maximize, best);
                CompareFiles.WriteCsv(Path.Combine(folder, "compare.csv"), comparison);
                return best;
            default:
                var perPoint = manifest.Alternatives.Select((_, a) => Summaries.Of([.. outcome.Of(a).Select(r => r.Metrics)], ConfidenceLevel)).ToList();
                var bestPoint = BestPoint(perPoint, manifest.By, manifest.Maximize);
                SweepFiles.WriteJson(Path.Combine(folder, "sweep.json"), header, manifest.Alternatives, perPoint, manifest.By, manifest.Maximize, bestPoint);
                SweepFiles.WriteCsv(Path.Combine(folder, "sweep.csv"), manifest.Alternatives, perPoint);
                return bestPoint;
        }
    }

    /// <summary>The point with the best mean of <paramref name="metric"/>, the first among equals; -1 if none has it.</summary>
    public static int BestPoint(IReadOnlyList<IReadOnlyList<MetricSummary>> perPoint, string metric, bool maximize)
    {
        ArgumentNullException.ThrowIfNull(perPoint);
        var candidates = perPoint.Select((s, p) => (Mean: s.FirstOrDefault(m => m.Name == metric)?.Mean ?? double.NaN, Index: p))
            .Where(x => double.IsFinite(x.Mean)).ToList();
        if (candidates.Count == 0)
            return -1;
        return (maximize ? candidates.OrderByDescending(x => x.Mean) : candidates.OrderBy(x => x.Mean)).ThenBy(x => x.Index).First().Index;
    }
}
