using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Part of every day in which a fleet has fewer robots at work (a night shift, a break).</summary>
public sealed record FleetShiftSpec : DailyShiftSpec
{
    [AtLeast(0)]
    [Description("How many of the fleet's robots work meanwhile (fewer than it has); the others finish what they do, go to where they started and are off shift.")]
    public required int Robots { get; init; }
}
