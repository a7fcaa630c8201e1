namespace FactoryTwin.Des.Randomness;

/// <summary>Always the same value: deterministic times.</summary>
public sealed record Constant : IDistribution
{
    public Constant(double value) => Value = Require.Finite(value, nameof(value));

    public double Value { get; }

    public double Mean => Value;

    public double Variance => 0;

    public double Sample(RandomStream random) => Value;
}
