namespace FactoryTwin.Des.Randomness;

/// <summary>Draws one of the observed values, each equally likely: replays measured data as it was.</summary>
public sealed record Empirical : IDistribution
{
    private readonly double[] _values;

    public Empirical(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _values = [.. values];
        if (_values.Length == 0)
            throw new ArgumentException("Needs at least one observed value.", nameof(values));
        foreach (var v in _values)
            Require.Finite(v, nameof(values));
        Mean = _values.Average();
        Variance = _values.Sum(v => (v - Mean) * (v - Mean)) / _values.Length;
    }

    /// <summary>The observed values, in the order given.</summary>
    public IReadOnlyList<double> Values => _values;

    public double Mean { get; }

    /// <summary>The variance of the observed values as a population (divided by n): the variance of what is sampled.</summary>
    public double Variance { get; }

    public double Sample(RandomStream random) => _values[random.Next(_values.Length)];

    public bool Equals(Empirical? other) => other is not null && _values.AsSpan().SequenceEqual(other._values);

    public override int GetHashCode() => HashCode.Combine(_values.Length, _values[0]);
}
