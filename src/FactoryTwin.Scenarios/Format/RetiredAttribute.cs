namespace FactoryTwin.Scenarios.Format;

/// <summary>A field or value earlier versions of the format had: the validator says what took its place instead of "not a known field".</summary>
/// <param name="name">The field's name in the object this marks, or (on a property) the value it may no longer take.</param>
/// <param name="message">What to do instead, said after the path.</param>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
public sealed class RetiredAttribute(string name, string message) : Attribute
{
    public string Name { get; } = name;

    public string Message { get; } = message;
}
