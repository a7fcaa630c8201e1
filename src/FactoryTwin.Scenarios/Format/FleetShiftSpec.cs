using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Part of every day in which a fleet has fewer robots at work (a night shift, a break).</summary>
public sealed record FleetShiftSpec
{
    [AtLeast(0)]
    [AtMost(24)]
    [Description("When it starts each day, in hours from midnight (e.g. 22).")]
    public required double FromHour { get; init; }

    [AtLeast(0)]
    [AtMost(24)]
    [Description("When it ends each day, in hours from midnight; earlier than fromHour for one that passes midnight (22 to 6).")]
    public required double ToHour { get; init; }

    [AtLeast(0)]
    [Description("How many of the fleet's robots work meanwhile (fewer than it has); the others finish what they do, go to where they started and are off shift.")]
    public required int Robots { get; init; }
}
