namespace FactoryTwin.Scenarios.Format;

/// <summary>The largest value a number field takes; the validator checks it and the JSON Schema states it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AtMostAttribute(double maximum) : Attribute
{
    public double Maximum { get; } = maximum;
}
