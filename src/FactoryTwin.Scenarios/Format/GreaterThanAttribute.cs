namespace FactoryTwin.Scenarios.Format;

/// <summary>A number field must be strictly greater than this; the validator checks it and the JSON Schema states it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class GreaterThanAttribute(double bound) : Attribute
{
    public double Bound { get; } = bound;
}
