using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Path planning and deadlock handling.</summary>
public sealed record TrafficSpec
{
    [Description("The route planner: cooperative-astar. Default cooperative-astar.")]
    public PlannerKind Planner { get; init; } = PlannerKind.CooperativeAstar;

    [GreaterThan(0)]
    [Description("How long, in seconds, a planned route may wait for other robots in all, beyond the time its way takes on an empty floor; with no such route the robot holds its place and tries again. Default 30.")]
    public double ReservationHorizonSeconds { get; init; } = 30;

    [Description("How a cycle of robots waiting for each other is broken: backoff. Default backoff.")]
    public DeadlockHandling Deadlock { get; init; } = DeadlockHandling.Backoff;

    [GreaterThan(0)]
    [Description("A robot blocked this long plans again, in seconds. Default 10.")]
    public double ReplanAfterBlockedSeconds { get; init; } = 10;
}
