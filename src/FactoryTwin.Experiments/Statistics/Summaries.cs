using FactoryTwin.Experiments.Running;

namespace FactoryTwin.Experiments.Statistics;

/// <summary>Puts replications' metrics side by side, metric by metric.</summary>
public static class Summaries
{
    /// <summary>One summary per metric, in the order the first replication listed them.</summary>
    public static IReadOnlyList<MetricSummary> Of(IReadOnlyList<ReplicationResult> replications, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(replications);
        if (replications.Count == 0)
            return [];
        var ordered = replications.OrderBy(r => r.Replication).ToList();
        var byName = ordered.Select(r => r.Metrics.ToDictionary(m => m.Name)).ToList();
        return [.. ordered[0].Metrics.Select(m => new MetricSummary(m.Name, m.Unit,
            [.. byName.Select(metrics => metrics.TryGetValue(m.Name, out var value) ? value.Value : double.NaN)], confidenceLevel))];
    }
}
