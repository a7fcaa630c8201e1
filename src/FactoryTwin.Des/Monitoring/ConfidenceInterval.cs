using MathNet.Numerics.Distributions;

namespace FactoryTwin.Des.Monitoring;

/// <summary>A confidence interval for a mean: mean ± half-width at a confidence level.</summary>
public readonly record struct ConfidenceInterval(double Mean, double HalfWidth, double Level, long Count)
{
    /// <summary>The lower bound.</summary>
    public double Lower => Mean - HalfWidth;

    /// <summary>The upper bound.</summary>
    public double Upper => Mean + HalfWidth;

    /// <summary>The half-width relative to the mean's magnitude (0.05 is "± 5%").</summary>
    public double RelativeHalfWidth => HalfWidth / Math.Abs(Mean);

    /// <summary>True if <paramref name="value"/> lies inside the interval (bounds included).</summary>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>The Student-t interval from n independent observations with the given mean and sample standard deviation.</summary>
    /// <remarks>With fewer than two observations the half-width is infinite: one run says nothing about its own error.</remarks>
    public static ConfidenceInterval FromSummary(double mean, double standardDeviation, long count, double level = 0.95)
    {
        if (!(level > 0 && level < 1))
            throw new ArgumentOutOfRangeException(nameof(level), level, "A confidence level lies strictly between 0 and 1.");
        if (count < 2)
            return new ConfidenceInterval(mean, double.PositiveInfinity, level, count);
        var t = StudentT.InvCDF(0, 1, count - 1, 1 - ((1 - level) / 2));
        return new ConfidenceInterval(mean, t * standardDeviation / Math.Sqrt(count), level, count);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Mean:G6} ± {HalfWidth:G3} ({Level:P0}, n={Count})";
}
