namespace FactoryTwin.Factory.Plans;

/// <summary>How the mobile robots share the floor: the planner, when a waiting robot counts as stalled, when a fleet that makes no progress is reported, and whether robots follow flow-aware guide paths.</summary>
/// <remarks><paramref name="FlowGuidance"/> (see Traffic/Guidance) is used by the <c>lorr</c> command; on large maps it still costs too much wall time to be the default for scenarios.</remarks>
public sealed record TrafficPlan(PlannerKind Planner, double StallSeconds, double NoProgressWarningSeconds, bool FlowGuidance = false);
