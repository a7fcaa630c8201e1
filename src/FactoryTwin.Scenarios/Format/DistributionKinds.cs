using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Scenarios.Format;

/// <summary>The distributions a scenario can name: their parameters, their checks, and the kernel distribution each becomes.</summary>
public static class DistributionKinds
{
    /// <summary>The kind of a plain number.</summary>
    public const string ConstantName = "constant";

    /// <summary>The parameter of a plain number.</summary>
    public const string ConstantParameter = "seconds";

    /// <summary>The kind whose value is an array of observations.</summary>
    public const string EmpiricalName = "empirical";

    /// <summary>The kind whose value is a list of weighted distributions.</summary>
    public const string MixtureName = "mixture";

    /// <summary>The longest duration a scenario may state: about 31.7 years.</summary>
    public const double MaxSeconds = 1e9;

    /// <summary>Every named kind with its parameters, in the order the documentation lists them.</summary>
    public static IReadOnlyList<DistributionKind> All { get; } =
    [
        new("exponential", ["meanSeconds"], "memoryless times: inter-arrivals, failures", p => new Exponential(p["meanSeconds"]),
            p => Positive(p, "meanSeconds")),
        new("uniform", ["min", "max"], "every value between min and max seconds equally likely", p => new Uniform(p["min"], p["max"]),
            p => Ordered(p, "min", "max")),
        new("triangular", ["min", "mode", "max"], "min, most likely and max seconds: the usual estimate", p => new Triangular(p["min"], p["mode"], p["max"]),
            p => Ordered(p, "min", "mode").Concat(Ordered(p, "mode", "max")).Concat(p["min"] < p["max"] ? [] : [("max", $"must be greater than min ({p["min"]:R}) (got {p["max"]:R})")])),
        new("normal", ["meanSeconds", "stdDevSeconds"], "symmetric spread; samples below 0 count as 0", p => new Normal(p["meanSeconds"], p["stdDevSeconds"]),
            _ => []),
        new("lognormal", ["meanSeconds", "stdDevSeconds"], "positive and right-skewed, by its own mean and standard deviation",
            p => LogNormal.FromMeanAndStandardDeviation(p["meanSeconds"], p["stdDevSeconds"]),
            p => Positive(p, "meanSeconds").Concat(p["meanSeconds"] > 0 && p["stdDevSeconds"] > 1e6 * p["meanSeconds"]
                ? [("stdDevSeconds", $"must be at most a million times meanSeconds (got {p["stdDevSeconds"]:R})")]
                : [])),
        new("erlang", ["phases", "meanSeconds"], "the sum of 'phases' exponential stages with the given total mean",
            p => Gamma.Erlang((int)p["phases"], p["meanSeconds"]), p => WholeAtLeastOne(p, "phases").Concat(Positive(p, "meanSeconds"))),
        new("gamma", ["shape", "scaleSeconds"], "mean shape × scale", p => new Gamma(p["shape"], p["scaleSeconds"]),
            p => Positive(p, "shape").Concat(Positive(p, "scaleSeconds"))),
        new("weibull", ["shape", "scaleSeconds"], "times to failure: shape < 1 early failures, > 1 wear-out", p => new Weibull(p["shape"], p["scaleSeconds"]),
            p => Positive(p, "shape").Concat(Positive(p, "scaleSeconds"))),
    ];

    /// <summary>The names a scenario may use, for messages.</summary>
    public static string Names => string.Join(", ", All.Select(k => k.Name).Append(EmpiricalName).Append(MixtureName));

    /// <summary>The named kind, if there is one.</summary>
    public static DistributionKind? Find(string name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The kernel distribution of a valid spec.</summary>
    public static IDistribution ToDistribution(DistributionSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Kind switch
        {
            ConstantName => new Constant(spec.Parameters[ConstantParameter]),
            EmpiricalName => new Empirical(spec.Values),
            MixtureName => new Mixture(spec.Components.Select(c => (c.P, ToDistribution(c.Of)))),
            _ => Find(spec.Kind)?.Create(spec.Parameters) ?? throw new ArgumentException($"Unknown distribution '{spec.Kind}'.", nameof(spec)),
        };
    }

    private static IEnumerable<(string Parameter, string Message)> Positive(IReadOnlyDictionary<string, double> p, string name) =>
        p[name] > 0 ? [] : [(name, $"must be greater than 0 (got {p[name]:R})")];

    private static IEnumerable<(string Parameter, string Message)> Ordered(IReadOnlyDictionary<string, double> p, string low, string high) =>
        p[low] <= p[high] ? [] : [(high, $"must be at least {low} ({p[low]:R}) (got {p[high]:R})")];

    private static IEnumerable<(string Parameter, string Message)> WholeAtLeastOne(IReadOnlyDictionary<string, double> p, string name) =>
        p[name] >= 1 && p[name] == Math.Floor(p[name]) && p[name] <= 1000 ? [] : [(name, $"must be a whole number from 1 to 1000 (got {p[name]:R})")];
}
