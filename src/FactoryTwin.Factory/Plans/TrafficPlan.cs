namespace FactoryTwin.Factory.Plans;

/// <summary>How the mobile robots share the floor: the planner, when a waiting robot counts as stalled, when a fleet that makes no progress is reported, whether robots follow flow-aware guide paths (see Traffic/Guidance), and the nodes and lanes closed over windows.</summary>
public sealed record TrafficPlan(PlannerKind Planner, double StallSeconds, double NoProgressWarningSeconds, bool FlowGuidance, IReadOnlyList<ClosurePlan>? Closures = null);
