namespace FactoryTwin.Factory.Plans;

/// <summary>A stretch of simulated time, [from, from + duration), in seconds.</summary>
public sealed record TimeWindow(double FromSeconds, double DurationSeconds)
{
    public double ToSeconds => FromSeconds + DurationSeconds;
}
