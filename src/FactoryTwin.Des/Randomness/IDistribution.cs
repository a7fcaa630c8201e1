namespace FactoryTwin.Des.Randomness;

/// <summary>A probability distribution of a real quantity (a time, a distance), sampled from a named stream.</summary>
public interface IDistribution
{
    /// <summary>The expected value.</summary>
    double Mean { get; }

    /// <summary>The variance.</summary>
    double Variance { get; }

    /// <summary>Draws one value from <paramref name="random"/>.</summary>
    double Sample(RandomStream random);
}
