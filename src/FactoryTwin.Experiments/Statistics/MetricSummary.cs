using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Experiments.Statistics;

/// <summary>One metric over the replications: every value, and their mean, standard deviation and Student-t confidence interval.</summary>
/// <param name="Values">One value per replication, in replication order; NaN where a replication had none (no job finished).</param>
public sealed record MetricSummary(string Name, string Unit, IReadOnlyList<double> Values, double ConfidenceLevel)
{
    // One pass over the values gives both the interval and the standard deviation.
    private readonly (ConfidenceInterval Interval, double StandardDeviation) _statistics = Statistics(Values, ConfidenceLevel);

    /// <summary>How many replications had a value.</summary>
    public long Count => Interval.Count;

    public double Mean => Interval.Mean;

    /// <summary>The sample standard deviation over the replications; NaN with fewer than two.</summary>
    public double StandardDeviation => _statistics.StandardDeviation;

    /// <summary>The Student-t confidence interval of the mean; NaN without values, half-width +∞ with one.</summary>
    public ConfidenceInterval Interval => _statistics.Interval;

    /// <summary>Half the width of the confidence interval; +∞ with fewer than two replications.</summary>
    public double HalfWidth => Interval.HalfWidth;

    public double Lower => Interval.Lower;

    public double Upper => Interval.Upper;

    /// <summary>The half-width relative to the mean (0.05 is ±5%).</summary>
    public double RelativeHalfWidth => Interval.RelativeHalfWidth;

    private static (ConfidenceInterval, double) Statistics(IReadOnlyList<double> values, double level)
    {
        var tally = new Tally();
        foreach (var value in values)
        {
            if (!double.IsNaN(value))
                tally.Add(value);
        }
        var interval = tally.Count == 0 ? new ConfidenceInterval(double.NaN, double.NaN, level, 0) : tally.ConfidenceInterval(level);
        return (interval, tally.StandardDeviation);
    }
}
