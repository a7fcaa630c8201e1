using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>A belt that carries jobs from where it stands to the next step's station, which it feeds directly.</summary>
public sealed record ConveyorSpec
{
    [GreaterThan(0)]
    [AtMost(100_000)]
    [Description("Its length, in metres.")]
    public required double LengthMeters { get; init; }

    [GreaterThan(0)]
    [AtMost(100)]
    [Description("Its speed, in metres per second.")]
    public required double SpeedMetersPerSecond { get; init; }

    [AtLeast(1)]
    [AtMost(100_000)]
    [Description("The most jobs on it at once, the one waiting at its end included; jobs keep at least length / capacity apart.")]
    public required int Capacity { get; init; }

    [Description("true: when the job at the end cannot leave, the others move up behind it and jobs still enter; false: the whole belt stops. Default true.")]
    public bool Accumulating { get; init; } = true;
}
