using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A lane between two nodes.</summary>
public sealed record EdgeSpec
{
    [Description("The node id the lane starts at.")]
    public required string From { get; init; }

    [Description("The node id the lane ends at.")]
    public required string To { get; init; }

    [Description("True if robots may only go from 'from' to 'to'. Default false (two-way).")]
    public bool OneWay { get; init; }

    [GreaterThan(0)]
    [AtMost(1e6)]
    [Description("The lane's length in metres, at least 0.001 (1 mm). Default: the straight distance between its nodes.")]
    public double? LengthMeters { get; init; }

    [GreaterThan(0)]
    [AtMost(100)]
    [Description("The highest speed allowed on the lane, in metres per second. Default: no limit.")]
    public double? SpeedLimitMetersPerSecond { get; init; }
}
