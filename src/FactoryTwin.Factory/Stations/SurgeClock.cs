namespace FactoryTwin.Factory.Stations;

/// <summary>
/// The time of a product's arrival process, which runs faster over its surge windows: an arrival process with rate
/// multiplied by m over a window is the same process in a time that runs m times as fast there. Gaps are drawn in that
/// time and turned into simulated time here, so any inter-arrival distribution keeps its shape (for exponential gaps
/// this is exactly a Poisson process whose rate is m·λ over the window).
/// </summary>
/// <remarks>The arrivals' own time only grows, so the clock keeps its place among the windows: each arrival costs O(1) however many windows there are.</remarks>
internal sealed class SurgeClock(IReadOnlyList<RateWindow> surges)
{
    private int _next;          // the first window not yet wholly behind
    private double _simulated;  // the simulated time where the windows behind end (or 0)
    private double _reached;    // the arrival process's own time at _simulated

    /// <summary>The simulated time at which the arrival process's own clock reads <paramref name="operational"/>; called with times that never decrease.</summary>
    public double SimulatedTime(double operational)
    {
        for (; _next < surges.Count; _next++)
        {
            var surge = surges[_next];
            var before = surge.Window.FromSeconds - _simulated;
            if (operational <= _reached + before)
                return _simulated + (operational - _reached);
            var inside = surge.Window.DurationSeconds * surge.Multiplier;
            if (operational <= _reached + before + inside)
                return surge.Window.FromSeconds + ((operational - _reached - before) / surge.Multiplier);
            _reached += before + inside;
            _simulated = surge.Window.ToSeconds;
        }
        return _simulated + (operational - _reached);
    }
}
