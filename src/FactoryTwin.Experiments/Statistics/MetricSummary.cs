using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Experiments.Statistics;

/// <summary>One metric over the replications: every value, and their mean, standard deviation and Student-t confidence interval.</summary>
/// <param name="Values">One value per replication, in replication order; NaN where a replication had none (no job finished).</param>
public sealed record MetricSummary(string Name, string Unit, IReadOnlyList<double> Values, double ConfidenceLevel)
{
    private readonly ConfidenceInterval _interval = Interval(Values, ConfidenceLevel);

    /// <summary>How many replications had a value.</summary>
    public long Count => _interval.Count;

    public double Mean => _interval.Mean;

    /// <summary>The sample standard deviation over the replications; NaN with fewer than two.</summary>
    public double StandardDeviation { get; } = Tally(Values).StandardDeviation;

    /// <summary>Half the width of the confidence interval; +∞ with fewer than two replications.</summary>
    public double HalfWidth => _interval.HalfWidth;

    public double Lower => _interval.Lower;

    public double Upper => _interval.Upper;

    /// <summary>The half-width relative to the mean (0.05 is ±5%).</summary>
    public double RelativeHalfWidth => _interval.RelativeHalfWidth;

    private static ConfidenceInterval Interval(IReadOnlyList<double> values, double level)
    {
        var tally = Tally(values);
        return tally.Count == 0
            ? new ConfidenceInterval(double.NaN, double.NaN, level, 0)
            : tally.ConfidenceInterval(level);
    }

    private static Tally Tally(IReadOnlyList<double> values)
    {
        var tally = new Tally();
        foreach (var value in values.Where(v => !double.IsNaN(v)))
            tally.Add(value);
        return tally;
    }
}
