using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>How long to simulate, how much of the start to ignore, and how many replications to run.</summary>
public sealed record RunSettings
{
    [GreaterThan(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("Simulated time of one replication, in seconds, including the warm-up.")]
    public required double DurationSeconds { get; init; }

    [AtLeast(0)]
    [AtMost(DistributionKinds.MaxSeconds)]
    [Description("Simulated time at the start whose statistics are discarded, in seconds. Default 0.")]
    public double WarmupSeconds { get; init; }

    [AtLeast(1)]
    [AtMost(100_000)]
    [Description("Independent replications to run. Default 1.")]
    public int Replications { get; init; } = 1;
}
