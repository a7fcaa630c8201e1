namespace FactoryTwin.Factory.Plans;

/// <summary>A node or a lane closed over a window: no robot enters the node, or starts along the lane either way, while it is closed.</summary>
/// <param name="Node">The node closed, or -1 if a lane is.</param>
/// <param name="Lane">The lane closed (see <see cref="Layout.LayoutGraph.LaneOf"/>), or -1 if a node is.</param>
public sealed record ClosurePlan(int Node, int Lane, TimeWindow Window);
