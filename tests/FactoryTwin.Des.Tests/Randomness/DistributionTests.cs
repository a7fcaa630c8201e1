using FactoryTwin.Des.Randomness;
using Dist = MathNet.Numerics.Distributions;

namespace FactoryTwin.Des.Tests.Randomness;

public sealed class DistributionTests
{
    private const int Samples = 200_000;

    public static TheoryData<string, IDistribution, double, double> Cases => new()
    {
        // name, distribution, theoretical mean, theoretical variance (from the textbook formulas, not the code)
        { "constant", new Constant(4), 4, 0 },
        { "uniform", new Uniform(2, 8), 5, 36.0 / 12 },
        { "triangular", new Triangular(1, 2, 6), 3, (1 + 4 + 36 - 2 - 6 - 12) / 18.0 },
        { "exponential", new Exponential(60), 60, 3600 },
        { "normal", new Normal(10, 2), 10, 4 },
        { "lognormal", new LogNormal(0, 0.5), Math.Exp(0.125), (Math.Exp(0.25) - 1) * Math.Exp(0.25) },
        { "lognormal by moments", LogNormal.FromMeanAndStandardDeviation(30, 12), 30, 144 },
        { "gamma", new Gamma(shape: 2.5, scale: 4), 10, 40 },
        { "erlang", Gamma.Erlang(phases: 4, mean: 8), 8, 16 },
        { "weibull", new Weibull(shape: 2, scale: 10), 10 * Math.Sqrt(Math.PI) / 2, 100 * (1 - (Math.PI / 4)) },
        { "empirical", new Empirical([1, 2, 2, 7]), 3, ((4 + 1 + 1 + 16) / 4.0) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_distribution_has_its_theoretical_mean_and_variance(string name, IDistribution distribution, double mean, double variance)
    {
        var stream = new Simulation(seed: 11).Stream(name);

        var samples = Enumerable.Range(0, Samples).Select(_ => distribution.Sample(stream)).ToArray();

        Assert.Equal(mean, distribution.Mean, precision: 9);
        Assert.Equal(variance, distribution.Variance, precision: 9);
        var sampleMean = samples.Average();
        var sampleVariance = samples.Sum(x => (x - sampleMean) * (x - sampleMean)) / (Samples - 1);
        // Four and a half standard errors of the mean; the variance within 4%.
        Assert.InRange(sampleMean, mean - (4.5 * Math.Sqrt(variance / Samples)), mean + (4.5 * Math.Sqrt(variance / Samples)));
        Assert.InRange(sampleVariance, variance * 0.96, (variance * 1.04) + 1e-12);
    }

    public static TheoryData<string, IDistribution, Func<double, double>> Shapes => new()
    {
        { "exponential", new Exponential(2), x => Dist.Exponential.CDF(0.5, x) },
        { "triangular", new Triangular(0, 1, 3), x => Dist.Triangular.CDF(0, 3, 1, x) },
        { "normal", new Normal(5, 3), x => Dist.Normal.CDF(5, 3, x) },
        { "gamma", new Gamma(0.7, 2), x => Dist.Gamma.CDF(0.7, 0.5, x) },
        { "weibull", new Weibull(1.5, 4), x => Dist.Weibull.CDF(1.5, 4, x) },
        { "lognormal", new LogNormal(1, 0.3), x => Dist.LogNormal.CDF(1, 0.3, x) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_continuous_distribution_has_its_theoretical_shape(string name, IDistribution distribution, Func<double, double> cdf)
    {
        // Kolmogorov–Smirnov: √n·D stays below 1.95 (p ≈ 0.001) when the samples follow the distribution.
        const int n = 20_000;
        var stream = new Simulation(seed: 13).Stream(name);

        var sorted = Enumerable.Range(0, n).Select(_ => distribution.Sample(stream)).Order().ToArray();

        var d = sorted.Select((x, i) => Math.Max(Math.Abs(cdf(x) - ((i + 1.0) / n)), Math.Abs(cdf(x) - ((double)i / n)))).Max();
        Assert.InRange(Math.Sqrt(n) * d, 0, 1.95);
    }

    [Fact]
    public void Impossible_parameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Exponential(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Uniform(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Triangular(1, 5, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Normal(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Gamma(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.Erlang(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Weibull(1, double.NaN));
        Assert.Throws<ArgumentException>(() => new Empirical([]));
    }
}
