using Dist = MathNet.Numerics.Distributions;

namespace FactoryTwin.Des.Randomness;

/// <summary>Log-normal: exp of a normal with parameters <see cref="Mu"/> and <see cref="Sigma"/>; positive and right-skewed.</summary>
public sealed record LogNormal : IDistribution
{
    public LogNormal(double mu, double sigma)
    {
        Mu = Require.Finite(mu, nameof(mu));
        Sigma = Require.NotNegative(sigma, nameof(sigma));
    }

    /// <summary>The log-normal whose own mean and standard deviation are the given ones (what people measure).</summary>
    public static LogNormal FromMeanAndStandardDeviation(double mean, double standardDeviation)
    {
        Require.Positive(mean, nameof(mean));
        Require.NotNegative(standardDeviation, nameof(standardDeviation));
        var sigmaSquared = Math.Log(1 + (standardDeviation * standardDeviation / (mean * mean)));
        return new LogNormal(Math.Log(mean) - (sigmaSquared / 2), Math.Sqrt(sigmaSquared));
    }

    public double Mu { get; }

    public double Sigma { get; }

    public double Mean => Math.Exp(Mu + (Sigma * Sigma / 2));

    public double Variance => (Math.Exp(Sigma * Sigma) - 1) * Math.Exp((2 * Mu) + (Sigma * Sigma));

    public double Sample(RandomStream random) => Dist.LogNormal.Sample(random, Mu, Sigma);
}
