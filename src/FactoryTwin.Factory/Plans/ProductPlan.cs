namespace FactoryTwin.Factory.Plans;

/// <summary>A product and the steps of its routing, from a source to a sink.</summary>
public sealed record ProductPlan(int Index, string Id, IReadOnlyList<StepPlan> Steps);
