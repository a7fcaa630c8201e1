using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Scenarios.Format;

/// <summary>One named distribution of the scenario format.</summary>
/// <param name="Name">Its name in JSON.</param>
/// <param name="ParameterNames">Its parameters, all required, all numbers.</param>
/// <param name="Use">What it is for, in a few words, for the documentation.</param>
/// <param name="Create">The kernel distribution, given valid parameters.</param>
/// <param name="Check">The problems of given parameters beyond being finite, non-negative numbers.</param>
public sealed record DistributionKind(
    string Name,
    IReadOnlyList<string> ParameterNames,
    string Use,
    Func<IReadOnlyDictionary<string, double>, IDistribution> Create,
    Func<IReadOnlyDictionary<string, double>, IEnumerable<(string Parameter, string Message)>> Check);
