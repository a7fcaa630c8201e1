namespace FactoryTwin.Factory.Plans;

/// <summary>Route planning: the planner, its reservation horizon, deadlock handling and the re-plan bound for blocked robots.</summary>
public sealed record TrafficPlan(PlannerKind Planner, double ReservationHorizonSeconds, DeadlockHandling Deadlock, double ReplanAfterBlockedSeconds);
