using FactoryTwin.Experiments.Running;
using FactoryTwin.Experiments.Statistics;
using FactoryTwin.Factory.Metrics;

namespace FactoryTwin.Factory.Tests.Support;

/// <summary>Replications 0 to n − 1 of a plan, run with <see cref="ReplicationRunner"/>, and their metrics side by side.</summary>
/// <remarks>
/// Replication r always draws the same numbers, so running them at once on several cores changes nothing but the
/// time the test takes.
/// </remarks>
internal sealed class Replications
{
    private readonly IReadOnlyList<Dictionary<string, Metric>> _runs;

    private Replications(IReadOnlyList<Dictionary<string, Metric>> runs) => _runs = runs;

    public int Count => _runs.Count;

    public static Replications Run(FactoryPlan plan, int count)
    {
        var runs = new Dictionary<string, Metric>[count];
        Parallel.For(0, count, r => runs[r] = ReplicationRunner.Run(plan, r).Metrics.ToDictionary(m => m.Name, StringComparer.Ordinal));
        return new Replications(runs);
    }

    /// <summary>The value of <paramref name="metric"/> in each replication, in replication order.</summary>
    public double[] Values(string metric) => [.. _runs.Select(run => run.TryGetValue(metric, out var m) ? m.Value : throw new KeyNotFoundException($"No metric '{metric}'; the replication has {string.Join(", ", run.Keys)}."))];

    /// <summary>The value of <paramref name="metric"/> in the first replication, for deterministic scenarios.</summary>
    public double this[string metric] => Values(metric)[0];

    /// <summary>The mean of <paramref name="metric"/> over the replications and its 95% confidence interval.</summary>
    public MetricSummary Summary(string metric) => Of(metric, Values(metric));

    /// <summary>The mean of any per-replication quantity and its 95% confidence interval.</summary>
    public static MetricSummary Of(string name, IReadOnlyList<double> values) => new(name, "", values, 0.95);

    /// <summary>Asserts that <paramref name="exact"/> lies inside the interval and that the interval is narrower than ±<paramref name="maxRelativeHalfWidth"/>, so that the check could fail.</summary>
    public static void AssertInsideNarrowInterval(double exact, MetricSummary estimate, double maxRelativeHalfWidth)
    {
        var z = (estimate.Mean - exact) / (estimate.StandardDeviation / Math.Sqrt(estimate.Count));
        var interval = $"{estimate.Mean:G6} ± {estimate.HalfWidth:G3} (95%, n = {estimate.Count}, ±{estimate.RelativeHalfWidth:P2})";
        Assert.True(exact >= estimate.Lower && exact <= estimate.Upper, $"{estimate.Name}: the exact {exact:G6} lies outside {interval}; z = {z:F2}.");
        Assert.True(estimate.RelativeHalfWidth < maxRelativeHalfWidth, $"{estimate.Name}: {interval} is wider than ±{maxRelativeHalfWidth:P0}, too wide to catch an error.");
    }
}
