namespace FactoryTwin.Factory.Traffic;

/// <summary>A robot's claim on a node or a lane for [Start, End); End is +∞ while the robot stays put.</summary>
public readonly record struct Reservation(double Start, double End, int Robot);
