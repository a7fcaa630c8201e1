using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Path planning and deadlock handling.</summary>
public sealed record TrafficSpec
{
    [Description("The route planner: cooperative-astar. Default cooperative-astar.")]
    public PlannerKind Planner { get; init; } = PlannerKind.CooperativeAstar;

    [GreaterThan(0)]
    [Description("How far ahead a route reserves nodes and lanes, in seconds. Default 30.")]
    public double ReservationHorizonSeconds { get; init; } = 30;

    [Description("backoff or replan. Default backoff.")]
    public DeadlockHandling Deadlock { get; init; } = DeadlockHandling.Backoff;

    [GreaterThan(0)]
    [Description("A robot blocked this long plans again, in seconds. Default 10.")]
    public double ReplanAfterBlockedSeconds { get; init; } = 10;
}
