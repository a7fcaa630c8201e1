using FactoryTwin.Des.Monitoring;

namespace FactoryTwin.Des.Tests.Monitoring;

public sealed class TallyTests
{
    [Fact]
    public void Mean_variance_and_extremes_match_the_textbook_formulas()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squared deviations 32, sample variance 32/7.
        var tally = new Tally();

        foreach (var x in new double[] { 2, 4, 4, 4, 5, 5, 7, 9 })
            tally.Add(x);

        Assert.Equal(8, tally.Count);
        Assert.Equal(5, tally.Mean, precision: 12);
        Assert.Equal(32.0 / 7, tally.Variance, precision: 12);
        Assert.Equal(2, tally.Min);
        Assert.Equal(9, tally.Max);
        Assert.Equal(40, tally.Sum, precision: 12);
    }

    [Fact]
    public void Welford_stays_accurate_far_from_zero()
    {
        // A naive sum of squares loses every digit here; the variance of 1e9 + {0, 1, 2} is exactly 1.
        var tally = new Tally();

        foreach (var x in new[] { 1e9, 1e9 + 1, 1e9 + 2 })
            tally.Add(x);

        Assert.Equal(1, tally.Variance, precision: 9);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(50, 50.5)]
    [InlineData(95, 95.05)]
    [InlineData(100, 100)]
    public void Percentiles_interpolate_between_order_statistics(double percent, double expected)
    {
        // For 1..100 the inclusive percentile p is 1 + p/100 × 99.
        var tally = new Tally(keepSamples: true);
        foreach (var x in Enumerable.Range(1, 100).Reverse())
            tally.Add(x);

        var value = tally.Percentile(percent);

        Assert.Equal(expected, value, precision: 9);
    }

    [Fact]
    public void Percentiles_need_the_samples()
    {
        var tally = new Tally();
        tally.Add(1);

        var error = Assert.Throws<InvalidOperationException>(() => tally.Percentile(50));

        Assert.StartsWith("Percentiles need the observations", error.Message);
    }

    [Fact]
    public void An_empty_tally_has_no_mean_and_reset_empties_it()
    {
        var tally = new Tally(keepSamples: true);
        tally.Add(3);

        tally.Reset();

        Assert.Equal(0, tally.Count);
        Assert.True(double.IsNaN(tally.Mean));
        Assert.True(double.IsNaN(tally.Min));
        Assert.Throws<InvalidOperationException>(() => tally.Percentile(50));
    }

    [Fact]
    public void The_confidence_interval_uses_the_student_t_quantile()
    {
        // n = 10: t(0.975, 9) = 2.262157 from the tables; s = 2, so the half-width is 2.262157 × 2 / √10.
        var tally = new Tally();
        var data = new double[] { 7, 9, 11, 13, 10, 10, 8, 12, 10, 10 };
        foreach (var x in data)
            tally.Add(x);

        var interval = tally.ConfidenceInterval(0.95);

        var s = Math.Sqrt(data.Sum(x => (x - 10) * (x - 10)) / 9);
        Assert.Equal(10, interval.Mean, precision: 12);
        Assert.Equal(2.262157 * s / Math.Sqrt(10), interval.HalfWidth, precision: 5);
        Assert.True(interval.Contains(10.5));
    }

    [Fact]
    public void One_observation_gives_an_infinitely_wide_interval()
    {
        var tally = new Tally();
        tally.Add(4);

        var interval = tally.ConfidenceInterval();

        Assert.Equal(double.PositiveInfinity, interval.HalfWidth);
    }
}
