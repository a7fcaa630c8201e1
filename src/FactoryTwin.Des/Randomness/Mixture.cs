namespace FactoryTwin.Des.Randomness;

/// <summary>A mixture: with probability pᵢ a sample of component i (two exponentials make the hyper-exponential H₂).</summary>
/// <remarks>A sample draws one uniform number to choose the component, then the component's own numbers.</remarks>
public sealed record Mixture : IDistribution
{
    private readonly double[] _cumulative;
    private readonly IDistribution[] _components;

    /// <param name="components">The weights (positive, adding up to 1 within 10⁻⁹) and their distributions.</param>
    public Mixture(IEnumerable<(double Weight, IDistribution Distribution)> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var list = components.ToList();
        if (list.Count == 0)
            throw new ArgumentException("Needs at least one component.", nameof(components));
        _components = [.. list.Select(c => c.Distribution ?? throw new ArgumentException("A component has no distribution.", nameof(components)))];
        _cumulative = new double[list.Count];
        var sum = 0.0;
        for (var i = 0; i < list.Count; i++)
        {
            sum += Require.Positive(list[i].Weight, nameof(components));
            _cumulative[i] = sum;
        }
        if (Math.Abs(sum - 1) > 1e-9)
            throw new ArgumentException($"The weights add up to {sum:R}, not 1.", nameof(components));
        Weights = [.. list.Select(c => c.Weight)];
        Mean = list.Sum(c => c.Weight * c.Distribution.Mean);
        // The law of total variance: E[Var] + Var[E].
        Variance = list.Sum(c => c.Weight * (c.Distribution.Variance + (c.Distribution.Mean * c.Distribution.Mean))) - (Mean * Mean);
    }

    public IReadOnlyList<double> Weights { get; }

    public IReadOnlyList<IDistribution> Components => _components;

    public double Mean { get; }

    public double Variance { get; }

    public double Sample(RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = random.NextDouble();
        var i = 0;
        while (i < _cumulative.Length - 1 && u >= _cumulative[i])
            i++;
        return _components[i].Sample(random);
    }

    public bool Equals(Mixture? other) =>
        other is not null && Weights.SequenceEqual(other.Weights) && _components.SequenceEqual(other._components);

    public override int GetHashCode() => HashCode.Combine(_components.Length, Mean);
}
