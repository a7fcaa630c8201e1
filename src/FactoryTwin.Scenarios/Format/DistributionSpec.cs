using System.Text.Json.Serialization;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A random duration in seconds, written the same way everywhere: a number, or one named distribution.</summary>
/// <remarks>
/// <c>60</c> is always 60 s; <c>{"exponential": {"meanSeconds": 60}}</c>, <c>{"triangular": {"min": 1, "mode": 2,
/// "max": 4}}</c>, <c>{"empirical": [55, 61, 58]}</c> name a distribution and its parameters;
/// <c>{"mixture": [{"p": 0.9, "of": ...}, {"p": 0.1, "of": ...}]}</c> mixes distributions. The kinds and their
/// parameters are listed in <see cref="DistributionKinds"/>.
/// </remarks>
[JsonConverter(typeof(DistributionSpecConverter))]
public sealed record DistributionSpec
{
    public DistributionSpec(string kind, IReadOnlyDictionary<string, double> parameters, IReadOnlyList<double>? values = null, IReadOnlyList<MixtureComponent>? components = null)
    {
        Kind = kind;
        Parameters = parameters;
        Values = values ?? [];
        Components = components ?? [];
    }

    /// <summary>The kind's name, e.g. "exponential"; "constant" for a plain number.</summary>
    public string Kind { get; }

    /// <summary>The named parameters, e.g. meanSeconds.</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; }

    /// <summary>The observed values of an empirical distribution.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>The parts of a mixture, with their probabilities.</summary>
    public IReadOnlyList<MixtureComponent> Components { get; }

    /// <summary>A fixed number of seconds.</summary>
    public static DistributionSpec Constant(double seconds) => new(DistributionKinds.ConstantName, new Dictionary<string, double> { [DistributionKinds.ConstantParameter] = seconds });

    public bool Equals(DistributionSpec? other) =>
        other is not null && Kind == other.Kind && Values.SequenceEqual(other.Values) && Components.SequenceEqual(other.Components)
        && Parameters.Count == other.Parameters.Count && Parameters.All(p => other.Parameters.TryGetValue(p.Key, out var v) && v.Equals(p.Value));

    public override int GetHashCode() => HashCode.Combine(Kind, Parameters.Count, Values.Count, Components.Count);
}

/// <summary>One part of a mixture: with probability <paramref name="P"/>, a sample of <paramref name="Of"/>.</summary>
public sealed record MixtureComponent(double P, DistributionSpec Of);
