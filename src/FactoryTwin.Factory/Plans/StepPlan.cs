using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>One routing step: the interchangeable stations that can do it, its own process time if it has one, and its rework if any.</summary>
public sealed record StepPlan(IReadOnlyList<int> Stations, IDistribution? ProcessTime, ReworkPlan? Rework = null);
