using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Random breakdowns of a machine: it works for a while, fails, is repaired, and goes on.</summary>
public sealed record FailureSpec
{
    [Description("Working time between the end of a repair and the next failure, in seconds.")]
    public required DistributionSpec TimeBetweenFailures { get; init; }

    [Description("The time a repair takes, in seconds.")]
    public required DistributionSpec RepairTime { get; init; }
}
