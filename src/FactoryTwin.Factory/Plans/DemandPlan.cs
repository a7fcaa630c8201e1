using FactoryTwin.Des.Randomness;

namespace FactoryTwin.Factory.Plans;

/// <summary>How jobs of a product are released: open (random inter-arrivals or a timetable) or closed (CONWIP).</summary>
/// <param name="Interarrival">Time between releases, for open random release.</param>
/// <param name="ScheduleSeconds">Release times, for a timetable.</param>
/// <param name="Conwip">Jobs kept in the factory, for closed release; 0 otherwise.</param>
/// <param name="Surges">Windows, in order and apart, over which random arrivals come more (or less) often.</param>
public sealed record DemandPlan(int Product, IDistribution? Interarrival, IReadOnlyList<double>? ScheduleSeconds, int Conwip, IReadOnlyList<RateWindow>? Surges = null);
