using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Part of every day in which a station has fewer machines at work (a night shift, a break).</summary>
public sealed record ShiftSpec
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
    [Description("How many of the station's machines work meanwhile (fewer than it has).")]
    public required int Machines { get; init; }
}
