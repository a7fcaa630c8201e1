using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>How the mobile robots share the floor, and when a stuck fleet is reported.</summary>
[Retired("reservationHorizonSeconds", "is no longer used: robots plan one move at a time (planner pibt) and reserve nothing ahead; remove it")]
[Retired("deadlock", "is no longer used: a cycle of stalled robots is broken by having its robot of lowest priority back off; remove it (stallSeconds sets when a robot counts as stalled)")]
[Retired("replanAfterBlockedSeconds", "is no longer used: a blocked robot looks again after every step it could have made; remove it")]
public sealed record TrafficSpec
{
    [Retired("cooperative-astar", "'cooperative-astar' was replaced by 'pibt', which moves dense fleets without jams; use pibt or leave the field out")]
    [Description("How robots decide their moves: pibt (priority inheritance with backtracking, one node at a time). Default pibt.")]
    public PlannerKind Planner { get; init; } = PlannerKind.Pibt;

    [GreaterThan(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("A robot that has waited for traffic this long, in seconds, is stalled: the time beyond it is counted as stalled, and stalled robots that wait for each other in a cycle are a deadlock. Default 30.")]
    public double StallSeconds { get; init; } = 30;

    [GreaterThan(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("A fleet whose robots on their way come no closer to their goals for this long, in seconds, is gridlocked: counted, and reported with a warning. Default 600.")]
    public double NoProgressWarningSeconds { get; init; } = 600;

    [Description("Robots follow guide paths that spread opposite flows over different lanes, as on a road, instead of all taking the shortest way and meeting head-on. Default true; false: every robot heads the shortest way.")]
    public bool FlowGuidance { get; init; } = true;
}
