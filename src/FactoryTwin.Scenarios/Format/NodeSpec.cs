using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A named point of the navigation graph.</summary>
public sealed record NodeSpec
{
    [Description("A unique name.")]
    public required string Id { get; init; }

    [AtLeast(-1e6)]
    [AtMost(1e6)]
    [Description("Position along the floor's x axis, in metres.")]
    public required double XMeters { get; init; }

    [AtLeast(-1e6)]
    [AtMost(1e6)]
    [Description("Position along the floor's y axis, in metres.")]
    public required double YMeters { get; init; }

    [AtLeast(1)]
    [AtMost(1000)]
    [Description("How many robots may stand on the node at once. Default 1.")]
    public int Capacity { get; init; } = 1;
}
