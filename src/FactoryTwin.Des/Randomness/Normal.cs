using Dist = MathNet.Numerics.Distributions;

namespace FactoryTwin.Des.Randomness;

/// <summary>Normal (Gaussian) with the given mean and standard deviation; unbounded, so negative values can occur.</summary>
public sealed record Normal : IDistribution
{
    public Normal(double mean, double standardDeviation)
    {
        Mean = Require.Finite(mean, nameof(mean));
        StandardDeviation = Require.NotNegative(standardDeviation, nameof(standardDeviation));
    }

    public double Mean { get; }

    public double StandardDeviation { get; }

    public double Variance => StandardDeviation * StandardDeviation;

    public double Sample(RandomStream random) => Dist.Normal.Sample(random, Mean, StandardDeviation);
}
