namespace FactoryTwin.Des.Monitoring;

/// <summary>Statistics of separate observations (waiting times, cycle times): count, mean, variance, extremes and percentiles.</summary>
/// <remarks>Mean and variance use Welford's update, which stays accurate over millions of observations.</remarks>
public sealed class Tally
{
    private readonly List<double>? _samples;
    private double[]? _sorted;
    private double _mean;
    private double _sumOfSquares;

    /// <param name="keepSamples">Keep every observation, so that <see cref="Percentile"/> is exact; costs 8 bytes per observation.</param>
    public Tally(bool keepSamples = false)
    {
        if (keepSamples)
            _samples = [];
        Reset();
    }

    /// <summary>How many observations were added.</summary>
    public long Count { get; private set; }

    /// <summary>The mean of the observations; NaN if there are none.</summary>
    public double Mean => Count > 0 ? _mean : double.NaN;

    /// <summary>The sample variance (divided by n − 1); NaN with fewer than two observations.</summary>
    public double Variance => Count > 1 ? _sumOfSquares / (Count - 1) : double.NaN;

    /// <summary>The sample standard deviation.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>The smallest observation; NaN if there are none.</summary>
    public double Min { get; private set; }

    /// <summary>The largest observation; NaN if there are none.</summary>
    public double Max { get; private set; }

    /// <summary>The sum of the observations.</summary>
    public double Sum => Count > 0 ? _mean * Count : 0;

    /// <summary>Adds one observation.</summary>
    public void Add(double value)
    {
        if (double.IsNaN(value))
            throw new ArgumentOutOfRangeException(nameof(value), value, "An observation cannot be NaN.");
        Count++;
        var delta = value - _mean;
        _mean += delta / Count;
        _sumOfSquares += delta * (value - _mean);
        if (Count == 1 || value < Min)
            Min = value;
        if (Count == 1 || value > Max)
            Max = value;
        if (_samples is not null)
        {
            _samples.Add(value);
            _sorted = null;
        }
    }

    /// <summary>The <paramref name="percent"/>-th percentile, interpolating between order statistics (as Excel's PERCENTILE.INC).</summary>
    /// <exception cref="InvalidOperationException">The tally was made without <c>keepSamples</c>, or is empty.</exception>
    public double Percentile(double percent)
    {
        if (!(percent >= 0 && percent <= 100))
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile lies between 0 and 100.");
        if (_samples is null)
            throw new InvalidOperationException("Percentiles need the observations: create the tally with keepSamples: true.");
        if (_samples.Count == 0)
            throw new InvalidOperationException("A tally without observations has no percentiles.");
        if (_sorted is null)
        {
            _sorted = [.. _samples];
            Array.Sort(_sorted);
        }
        var position = percent / 100 * (_sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, _sorted.Length - 1);
        return _sorted[below] + ((position - below) * (_sorted[above] - _sorted[below]));
    }

    /// <summary>The Student-t confidence interval of the mean, valid when the observations are independent (one per replication).</summary>
    /// <remarks>Observations from one run (successive waiting times) are correlated; their interval would be too narrow.</remarks>
    public ConfidenceInterval ConfidenceInterval(double level = 0.95) =>
        Monitoring.ConfidenceInterval.FromSummary(Mean, StandardDeviation, Count, level);

    /// <summary>Forgets every observation (for the end of a warm-up).</summary>
    public void Reset()
    {
        Count = 0;
        _mean = 0;
        _sumOfSquares = 0;
        Min = Max = double.NaN;
        _samples?.Clear();
        _sorted = null;
    }
}
