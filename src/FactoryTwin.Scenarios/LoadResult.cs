using FactoryTwin.Scenarios.Format;
using FactoryTwin.Scenarios.Reading;

namespace FactoryTwin.Scenarios;

/// <summary>What reading a scenario gave: the scenario and its plan, or the problems that stop it.</summary>
public sealed record LoadResult(Scenario? Scenario, FactoryPlan? Plan, IReadOnlyList<ScenarioProblem> Problems)
{
    /// <summary>True if the scenario can be run.</summary>
    public bool IsValid => Plan is not null && Problems.Count == 0;

    /// <summary>True if the file is a JSON Schema rather than a scenario: <c>validate scenarios/*.json</c> passes over it.</summary>
    public bool IsJsonSchema { get; init; }
}
