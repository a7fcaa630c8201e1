namespace FactoryTwin.Factory.Layout;

/// <summary>A one-way lane between two nodes; a two-way lane is two edges.</summary>
/// <param name="From">The index of the node it leaves.</param>
/// <param name="To">The index of the node it reaches.</param>
/// <param name="LengthMeters">Its length.</param>
/// <param name="SpeedLimitMetersPerSecond">The highest speed allowed on it; +∞ when unlimited.</param>
public readonly record struct LayoutEdge(int From, int To, double LengthMeters, double SpeedLimitMetersPerSecond);
