using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Stations;

/// <summary>Durations drawn from a scenario's distributions, made safe to schedule.</summary>
internal static class Durations
{
    /// <summary>The longest duration scheduled, 10¹⁵ s: far beyond the longest run (10⁹ s), so capping a sample here changes nothing a run can see.</summary>
    public const double Longest = 1e15;

    /// <summary>A sample of <paramref name="distribution"/>: below 0 (a normal's left tail) it counts as 0, and beyond <see cref="Longest"/> (a heavy tail that overflows to infinity) as <see cref="Longest"/>.</summary>
    public static double Sample(IDistribution distribution, RandomStream random) => Math.Clamp(distribution.Sample(random), 0, Longest);
}
