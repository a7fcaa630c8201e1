using Dist = MathNet.Numerics.Distributions;

namespace FactoryTwin.Des.Randomness;

/// <summary>Triangular on [min, max] with its peak at mode: the usual "min, most likely, max" estimate.</summary>
public sealed record Triangular : IDistribution
{
    public Triangular(double min, double mode, double max)
    {
        Min = Require.Finite(min, nameof(min));
        Mode = Require.Finite(mode, nameof(mode));
        Max = Require.Finite(max, nameof(max));
        if (!(min <= mode && mode <= max && min < max))
            throw new ArgumentOutOfRangeException(nameof(mode), mode, $"Needs min <= mode <= max and min < max (got {min}, {mode}, {max}).");
    }

    public double Min { get; }

    public double Mode { get; }

    public double Max { get; }

    public double Mean => (Min + Mode + Max) / 3;

    public double Variance => ((Min * Min) + (Mode * Mode) + (Max * Max) - (Min * Mode) - (Min * Max) - (Mode * Max)) / 18;

    public double Sample(RandomStream random) => Dist.Triangular.Sample(random, Min, Max, Mode);
}
