using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>One routing step: the interchangeable stations that can do it, and its own process time if it has one.</summary>
public sealed record StepPlan(IReadOnlyList<int> Stations, IDistribution? ProcessTime);
