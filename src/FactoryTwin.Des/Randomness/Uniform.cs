using Dist = MathNet.Numerics.Distributions;

namespace FactoryTwin.Des.Randomness;

/// <summary>Uniform on [min, max].</summary>
public sealed record Uniform : IDistribution
{
    public Uniform(double min, double max)
    {
        Min = Require.Finite(min, nameof(min));
        Max = Require.Finite(max, nameof(max));
        if (max < min)
            throw new ArgumentOutOfRangeException(nameof(max), max, $"Must be at least min ({min}).");
    }

    public double Min { get; }

    public double Max { get; }

    public double Mean => (Min + Max) / 2;

    public double Variance => (Max - Min) * (Max - Min) / 12;

    public double Sample(RandomStream random) => Dist.ContinuousUniform.Sample(random, Min, Max);
}
