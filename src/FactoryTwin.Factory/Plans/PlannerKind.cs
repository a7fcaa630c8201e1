namespace FactoryTwin.Factory.Plans;

/// <summary>How mobile robots decide their moves.</summary>
public enum PlannerKind
{
    /// <summary>Priority inheritance with backtracking (PIBT), one node at a time, in continuous time: robots push others aside and follow them closely, never sharing a node beyond its capacity.</summary>
    Pibt,
}
