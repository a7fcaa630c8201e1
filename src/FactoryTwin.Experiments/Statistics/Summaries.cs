using FactoryTwin.Factory.Metrics;

namespace FactoryTwin.Experiments.Statistics;

/// <summary>Puts replications' metrics side by side, metric by metric.</summary>
public static class Summaries
{
    /// <summary>One summary per metric, in the order the first replication listed them; <paramref name="replications"/> are in replication order.</summary>
    public static IReadOnlyList<MetricSummary> Of(IReadOnlyList<IReadOnlyList<Metric>> replications, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(replications);
        if (replications.Count == 0)
            return [];
        var byName = replications.Select(r => r.ToDictionary(m => m.Name)).ToList();
        return [.. replications[0].Select(m => new MetricSummary(m.Name, m.Unit,
            [.. byName.Select(metrics => metrics.TryGetValue(m.Name, out var value) ? value.Value : double.NaN)], confidenceLevel))];
    }
}
