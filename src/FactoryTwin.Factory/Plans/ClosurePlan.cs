using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>A node or a lane closed over a window, or over random windows again and again: no robot enters the node, or starts along the lane either way, while it is closed.</summary>
/// <param name="Node">The node closed, or -1 if a lane is.</param>
/// <param name="Lane">The lane closed (see <see cref="Layout.LayoutGraph.LaneOf"/>), or -1 if a node is.</param>
/// <param name="Window">The fixed window, or null for random ones.</param>
/// <param name="Random">The random windows, or null for a fixed one.</param>
public sealed record ClosurePlan(int Node, int Lane, TimeWindow? Window, RandomWindows? Random = null);

/// <summary>Windows that come again and again: from <paramref name="FromSeconds"/>, open for a draw of <paramref name="TimeBetween"/>, then closed for a draw of <paramref name="ClosedTime"/>, and so on, drawn from the stream named <paramref name="Stream"/>.</summary>
public sealed record RandomWindows(double FromSeconds, IDistribution TimeBetween, IDistribution ClosedTime, string Stream);
