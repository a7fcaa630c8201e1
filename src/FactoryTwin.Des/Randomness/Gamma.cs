using Dist = MathNet.Numerics.Distributions;

namespace FactoryTwin.Des.Randomness;

/// <summary>Gamma with a shape and a scale (mean = shape × scale); an integer shape k is the Erlang-k distribution.</summary>
public sealed record Gamma : IDistribution
{
    public Gamma(double shape, double scale)
    {
        Shape = Require.Positive(shape, nameof(shape));
        Scale = Require.Positive(scale, nameof(scale));
    }

    /// <summary>Erlang-k: the sum of k exponential phases, with the given overall mean.</summary>
    public static Gamma Erlang(int phases, double mean)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(phases, 1);
        return new Gamma(phases, Require.Positive(mean, nameof(mean)) / phases);
    }

    public double Shape { get; }

    public double Scale { get; }

    public double Mean => Shape * Scale;

    public double Variance => Shape * Scale * Scale;

    // MathNet's gamma takes a rate, the reciprocal of the scale.
    public double Sample(RandomStream random) => Dist.Gamma.Sample(random, Shape, 1 / Scale);
}
