using Dist = MathNet.Numerics.Distributions;
using SpecialFunctions = MathNet.Numerics.SpecialFunctions;

namespace FactoryTwin.Des.Randomness;

/// <summary>Weibull with a shape and a scale: times to failure (shape &lt; 1 early failures, &gt; 1 wear-out).</summary>
public sealed record Weibull : IDistribution
{
    public Weibull(double shape, double scale)
    {
        Shape = Require.Positive(shape, nameof(shape));
        Scale = Require.Positive(scale, nameof(scale));
    }

    public double Shape { get; }

    public double Scale { get; }

    public double Mean => Scale * SpecialFunctions.Gamma(1 + (1 / Shape));

    public double Variance => (Scale * Scale * SpecialFunctions.Gamma(1 + (2 / Shape))) - (Mean * Mean);

    public double Sample(RandomStream random) => Dist.Weibull.Sample(random, Shape, Scale);
}
