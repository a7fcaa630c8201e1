namespace FactoryTwin.Factory.Plans;

/// <summary>How the mobile robots share the floor: the planner, when a waiting robot counts as stalled, and when a fleet that makes no progress is reported.</summary>
public sealed record TrafficPlan(PlannerKind Planner, double StallSeconds, double NoProgressWarningSeconds);
