using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>What a robot perceives of the robots around it, and how well it reads its own battery.</summary>
public sealed record SensorSpec
{
    [AtLeast(0)]
    [Description("Other robots closer than this are seen, in metres. Default 0: a robot sees no other unless its sensors are given.")]
    public double RangeMeters { get; init; }

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("Seen positions are this old, in seconds. Default 0.")]
    public double LatencySeconds { get; init; }

    [AtLeast(0)]
    [Description("Standard deviation of the error of seen positions, in metres. Default 0.")]
    public double PositionNoiseMeters { get; init; }

    [AtLeast(0)]
    [AtMost(100)]
    [Description("Standard deviation of the error of the robot's reading of its own battery, in percentage points. Default 0.")]
    public double BatteryNoisePercent { get; init; }
}
