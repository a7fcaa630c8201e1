namespace FactoryTwin.Factory.Layout;

/// <summary>A position on the factory floor, in metres.</summary>
public readonly record struct Point(double X, double Y)
{
    /// <summary>The straight-line distance to <paramref name="other"/>, in metres.</summary>
    public double DistanceTo(Point other) => Math.Sqrt(((X - other.X) * (X - other.X)) + ((Y - other.Y) * (Y - other.Y)));
}
