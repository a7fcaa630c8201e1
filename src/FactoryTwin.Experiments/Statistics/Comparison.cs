using FactoryTwin.Des.Monitoring;
using FactoryTwin.Experiments.Running;

namespace FactoryTwin.Experiments.Statistics;

/// <summary>Alternatives side by side: each metric's interval per alternative, and each alternative's paired difference from the first.</summary>
/// <remarks>
/// Replication r of every alternative draws the same random numbers (common random numbers), so the difference is
/// taken replication by replication and its interval is much narrower than the two intervals suggest. With more than
/// two alternatives, each difference's interval is widened by Bonferroni (level 1 − α/(k − 1)), so that all the
/// statements hold together at the chosen level.
/// </remarks>
public sealed class Comparison
{
    private Comparison(IReadOnlyList<string> names, IReadOnlyList<MetricComparison> metrics, double level)
    {
        Alternatives = names;
        Metrics = metrics;
        ConfidenceLevel = level;
    }

    public IReadOnlyList<string> Alternatives { get; }

    public IReadOnlyList<MetricComparison> Metrics { get; }

    public double ConfidenceLevel { get; }

    /// <summary>The level of each difference's interval after the Bonferroni correction.</summary>
    public double DifferenceLevel => Corrected(ConfidenceLevel, Alternatives.Count);

    /// <summary>Bonferroni: k − 1 differences that hold together at <paramref name="level"/> each hold at 1 − (1 − level)/(k − 1).</summary>
    private static double Corrected(double level, int alternatives) => alternatives <= 2 ? level : 1 - ((1 - level) / (alternatives - 1));

    public static Comparison Of(ExperimentOutcome outcome, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var names = outcome.Manifest.Alternatives.Select(a => a.Name).ToList();
        var perAlternative = names.Select((_, a) => outcome.Of(a)).ToList();
        var summaries = perAlternative.Select(runs => Summaries.Of([.. runs.Select(r => r.Metrics)], confidenceLevel)).ToList();
        var differenceLevel = Corrected(confidenceLevel, names.Count);
        var metrics = new List<MetricComparison>();
        foreach (var first in summaries[0])
        {
            var each = summaries.Select(s => s.FirstOrDefault(m => m.Name == first.Name)).ToList();
            var differences = new List<Difference?> { null };
            for (var a = 1; a < names.Count; a++)
                differences.Add(Paired(perAlternative[0], perAlternative[a], first.Name, differenceLevel));
            metrics.Add(new MetricComparison(first.Name, first.Unit, each, differences));
        }
        return new Comparison(names, metrics, confidenceLevel);
    }

    /// <summary>The alternative with the best mean of <paramref name="metric"/> (highest if <paramref name="maximize"/>), or -1 if no alternative has it.</summary>
    public int Best(string metric, bool maximize)
    {
        var row = Metrics.FirstOrDefault(m => m.Name == metric);
        if (row is null)
            return -1;
        var candidates = row.PerAlternative.Select((s, a) => (Mean: s?.Mean ?? double.NaN, Index: a)).Where(x => double.IsFinite(x.Mean)).ToList();
        if (candidates.Count == 0)
            return -1;
        return (maximize ? candidates.OrderByDescending(x => x.Mean) : candidates.OrderBy(x => x.Mean)).ThenBy(x => x.Index).First().Index;
    }

    /// <summary>Whether more of a metric is better: throughputs and utilisations yes; times, queues, WIP, waits, distances and energy no.</summary>
    public static bool MoreIsBetter(string metric) => Direction(metric) > 0;

    private static readonly string[] MoreIsBetterParts = ["jobsPerHour", "utilisation", "busyFraction", "tasksDone"];

    private static readonly string[] LessIsBetterParts =
        ["Seconds", "Queue", "wait", "Wait", "lost", "scrapped", "balked", "blocked", "Blocked", "stalled", "deadlocks", "gridlocks", "robotsStopped", "distanceMeters", "energyWattHours", "downFraction", "blockingProbability"];

    /// <summary>+1 if more of a metric is better, −1 if less is, 0 if neither is plainly better (idle or charging time, jobs started).</summary>
    /// <remarks>Read from the metric's last name part only, so an id (a station called waiting-bay) never decides it.</remarks>
    public static int Direction(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var last = metric[(metric.LastIndexOf('.') + 1)..];
        if (MoreIsBetterParts.Any(p => last.Contains(p, StringComparison.Ordinal)) || metric == "jobs.finished")
            return 1;
        return LessIsBetterParts.Any(p => last.Contains(p, StringComparison.Ordinal)) || metric == "wip.meanJobs" ? -1 : 0;
    }

    private static Difference? Paired(IReadOnlyList<Storage.RunLine> baseline, IReadOnlyList<Storage.RunLine> other, string metric, double level)
    {
        var tally = new Tally();
        foreach (var run in other)
        {
            var mine = Value(run, metric);
            var theirs = baseline.FirstOrDefault(b => b.Replication == run.Replication) is { } b ? Value(b, metric) : double.NaN;
            if (double.IsFinite(mine) && double.IsFinite(theirs))
                tally.Add(mine - theirs);
        }
        if (tally.Count == 0)
            return null;
        var interval = tally.ConfidenceInterval(level);
        // Identical replications give a difference of exactly 0 with no spread: not a difference at all.
        var significant = tally.Count >= 2 && !(interval.Lower <= 0 && interval.Upper >= 0) && double.IsFinite(interval.HalfWidth);
        return new Difference(interval, significant);
    }

    private static double Value(Storage.RunLine run, string metric) =>
        run.Metrics.FirstOrDefault(m => m.Name == metric) is { Name: not null } m ? m.Value : double.NaN;
}

/// <summary>One metric across the alternatives: each one's summary, and each one's difference from the first (null for the first).</summary>
public sealed record MetricComparison(string Name, string Unit, IReadOnlyList<MetricSummary?> PerAlternative, IReadOnlyList<Difference?> Differences);

/// <summary>A paired difference (alternative − first): its interval, and whether the interval excludes 0.</summary>
public sealed record Difference(ConfidenceInterval Interval, bool Significant);
