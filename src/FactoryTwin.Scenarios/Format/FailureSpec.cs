using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Random breakdowns of a machine or of a mobile robot: it works for a while, fails, is repaired, and goes on.</summary>
public record FailureSpec
{
    [Description("Time between the end of a repair and the next failure, in seconds (simulated time: it runs whatever the machine or robot does).")]
    public required DistributionSpec TimeBetweenFailures { get; init; }

    [Description("The time a repair takes, in seconds.")]
    public required DistributionSpec RepairTime { get; init; }
}
