namespace FactoryTwin.Factory.Stations;

/// <summary>
/// The time of a product's arrival process, which runs faster over its surge windows: an arrival process with rate
/// multiplied by m over a window is the same process in a time that runs m times as fast there. Gaps are drawn in that
/// time and turned into simulated time here, so any inter-arrival distribution keeps its shape (for exponential gaps
/// this is exactly a Poisson process whose rate is m·λ over the window).
/// </summary>
internal sealed class SurgeClock(IReadOnlyList<RateWindow> surges)
{
    /// <summary>The simulated time at which the arrival process's own clock reads <paramref name="operational"/>.</summary>
    public double SimulatedTime(double operational)
    {
        var simulated = 0.0;
        var reached = 0.0; // the operational time at `simulated`
        foreach (var surge in surges)
        {
            var before = surge.Window.FromSeconds - simulated;
            if (operational <= reached + before)
                return simulated + (operational - reached);
            reached += before;
            simulated = surge.Window.FromSeconds;
            var inside = surge.Window.DurationSeconds * surge.Multiplier;
            if (operational <= reached + inside)
                return simulated + ((operational - reached) / surge.Multiplier);
            reached += inside;
            simulated = surge.Window.ToSeconds;
        }
        return simulated + (operational - reached);
    }
}
