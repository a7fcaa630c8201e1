using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>One routing step: the interchangeable stations that can do it, its own process time if it has one, its rework and scrap if any, and the size of the batches its jobs leave in.</summary>
public sealed record StepPlan(IReadOnlyList<int> Stations, IDistribution? ProcessTime, ReworkPlan? Rework = null, int MoveBatch = 1, double ScrapProbability = 0);
