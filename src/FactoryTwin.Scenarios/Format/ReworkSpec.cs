using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>After a step, a job goes back to an earlier step (or does this one again) with a probability: rework.</summary>
public sealed record ReworkSpec
{
    [GreaterThan(0)]
    [AtMost(0.99)]
    [Description("The chance that a job is sent back after this step, above 0 and at most 0.99.")]
    public required double Probability { get; init; }

    [AtLeast(1)]
    [Description("The routing step it goes back to, counted from 0 at the source: this step or an earlier one, never the source.")]
    public required int ToStep { get; init; }
}
