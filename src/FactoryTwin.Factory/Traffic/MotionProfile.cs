using FactoryTwin.Factory.Layout;

namespace FactoryTwin.Factory.Traffic;

/// <summary>How the robots of a fleet move on a layout: the seconds each lane takes at their speed, and the seconds a turn on the spot takes.</summary>
/// <remarks>Fleets with the same speed and turning share one profile, and with it their cost-to-go tables.</remarks>
internal sealed class MotionProfile
{
    private readonly double[] _edgeSeconds;

    public MotionProfile(int index, LayoutGraph layout, double speedMetersPerSecond, double turnSecondsPer90Degrees)
    {
        Index = index;
        Layout = layout;
        SpeedMetersPerSecond = speedMetersPerSecond;
        TurnSecondsPer90Degrees = turnSecondsPer90Degrees;
        _edgeSeconds = new double[layout.Edges.Count];
        var shortest = double.PositiveInfinity;
        for (var e = 0; e < _edgeSeconds.Length; e++)
        {
            var edge = layout.Edges[e];
            _edgeSeconds[e] = edge.LengthMeters / Math.Min(speedMetersPerSecond, edge.SpeedLimitMetersPerSecond);
            shortest = Math.Min(shortest, _edgeSeconds[e]);
        }
        // A robot that stays because its way is blocked looks again after one of its shortest moves, at most a second:
        // on a grid with unit moves that is one step, as in the League of Robot Runners.
        StepSeconds = double.IsFinite(shortest) ? Math.Min(1, shortest) : 1;
    }

    public int Index { get; }

    public LayoutGraph Layout { get; }

    public double SpeedMetersPerSecond { get; }

    public double TurnSecondsPer90Degrees { get; }

    /// <summary>How long a robot that cannot move waits before it tries again.</summary>
    public double StepSeconds { get; }

    /// <summary>Seconds to drive the edge with this index, at the fleet's speed or the lane's limit if lower.</summary>
    public double EdgeSeconds(int edge) => _edgeSeconds[edge];

    /// <summary>Seconds to turn on the spot from heading <paramref name="from"/> to heading <paramref name="to"/> (degrees), the shorter way round.</summary>
    public double TurnSeconds(double from, double to)
    {
        if (TurnSecondsPer90Degrees == 0)
            return 0;
        var degrees = Math.Abs(to - from);
        if (degrees >= 360)
            degrees %= 360; // headings of lanes are within ±180°, so this is rare: a robot's given heading may be any angle
        if (degrees > 180)
            degrees = 360 - degrees;
        return degrees / 90 * TurnSecondsPer90Degrees;
    }

    /// <summary>The heading reached by turning from <paramref name="from"/> towards <paramref name="to"/> (degrees, the shorter way round) for at most <paramref name="seconds"/>.</summary>
    public double TurnToward(double from, double to, double seconds)
    {
        var needed = TurnSeconds(from, to);
        if (needed <= seconds)
            return to;
        var delta = Math.IEEERemainder(to - from, 360); // in [-180, 180]: the shorter way round
        return Math.IEEERemainder(from + (Math.Sign(delta) * 90 * seconds / TurnSecondsPer90Degrees), 360); // within ±180°, as lanes' headings are
    }

    /// <summary>Seconds to turn to the edge's heading and drive it.</summary>
    public double MoveSeconds(double heading, int edge) => TurnSeconds(heading, Layout.HeadingOf(edge)) + _edgeSeconds[edge];
}
