namespace FactoryTwin.Des.Randomness;

/// <summary>Exponential with the given mean: memoryless inter-arrival and service times.</summary>
public sealed record Exponential : IDistribution
{
    public Exponential(double mean) => Mean = Require.Positive(mean, nameof(mean));

    public double Mean { get; }

    public double Variance => Mean * Mean;

    // Inverse transform on (0, 1), so the logarithm is always finite; on the hot path of most models.
    public double Sample(RandomStream random) => -Mean * Math.Log(random.NextOpenDouble());
}
