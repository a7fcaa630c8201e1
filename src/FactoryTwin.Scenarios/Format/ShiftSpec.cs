using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Part of every day in which a station has fewer machines at work (a night shift, a break).</summary>
public sealed record ShiftSpec : DailyShiftSpec
{
    [AtLeast(0)]
    [Description("How many of the station's machines work meanwhile (fewer than it has).")]
    public required int Machines { get; init; }
}
