namespace FactoryTwin.Factory.Plans;

/// <summary>How mobile robots plan their routes.</summary>
public enum PlannerKind
{
    /// <summary>Space-time A* against the reservations of the other robots: no two robots on a node at once, no swaps.</summary>
    CooperativeAstar,
}
