namespace FactoryTwin.Factory.Plans;

/// <summary>A conveyor's belt: a job crosses it in <see cref="TravelSeconds"/> if nothing holds it up, and jobs keep <see cref="HeadwaySeconds"/> apart.</summary>
public sealed record ConveyorPlan(double LengthMeters, double SpeedMetersPerSecond, int Capacity, bool Accumulating)
{
    public double TravelSeconds => LengthMeters / SpeedMetersPerSecond;

    /// <summary>The time the belt takes to move one job's spacing (length / capacity).</summary>
    public double HeadwaySeconds => TravelSeconds / Capacity;
}
