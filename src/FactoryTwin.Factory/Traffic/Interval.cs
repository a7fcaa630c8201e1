namespace FactoryTwin.Factory.Traffic;

/// <summary>A stretch of time [Start, End) in seconds; End may be +∞.</summary>
public readonly record struct Interval(double Start, double End)
{
    public bool Overlaps(double start, double end) => Start < end && start < End;

    public bool Contains(double time) => time >= Start && time < End;
}
