namespace FactoryTwin.Scenarios.Format;

/// <summary>The smallest value a number field takes; the validator checks it and the JSON Schema states it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AtLeastAttribute(double minimum) : Attribute
{
    public double Minimum { get; } = minimum;
}
