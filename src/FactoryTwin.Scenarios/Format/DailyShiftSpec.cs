using System.ComponentModel;

namespace FactoryTwin.Scenarios.Format;

/// <summary>Part of every day, from one hour to another (past midnight if it ends earlier): what a station's and a fleet's shifts have in common.</summary>
public abstract record DailyShiftSpec
{
    [AtLeast(0)]
    [AtMost(24)]
    [Description("When it starts each day, in hours from midnight (e.g. 22).")]
    public required double FromHour { get; init; }

    [AtLeast(0)]
    [AtMost(24)]
    [Description("When it ends each day, in hours from midnight; earlier than fromHour for one that passes midnight (22 to 6).")]
    public required double ToHour { get; init; }
}
